package org.servewell.web.ui.interviews;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.servewell.hiring.CandidatePicture;
import org.servewell.hiring.InterviewKitDetails;
import org.servewell.hiring.Recommendation;
import org.servewell.hiring.ScorecardView;
import org.servewell.web.ui.components.Formats;

/**
 * The read-only parts of a scorecard page: a trait's interview questions, the amendments
 * kept beside the original, and the rest of the panel once the scorecard is submitted.
 */
final class ScorecardSections {

	private ScorecardSections() {
	}

	/**
	 * A trait's questions with their follow-ups and what strong and weak answers sound
	 * like.
	 */
	static Details questions(List<InterviewKitDetails.Question> questions) {
		Div content = new Div();
		Details details = new Details();
		for (InterviewKitDetails.Question question : questions) {
			Div block = new Div();
			block.addClassName("sw-kit-question");
			block.add(new Paragraph(question.text()));
			if (!question.probes().isEmpty()) {
				UnorderedList probes = new UnorderedList();
				question.probes().forEach((probe) -> probes.add(new ListItem(probe)));
				block.add(new Span(details.getTranslation("interview.questions.probes")), probes);
			}
			block.add(guide(details.getTranslation("interview.questions.strong"), question.strongAnswer()),
					guide(details.getTranslation("interview.questions.weak"), question.weakAnswer()));
			content.add(block);
		}
		details.setSummaryText(details.getTranslation("interview.questions.title", questions.size()));
		details.add(content);
		details.addClassName("sw-kit-questions");
		return details;
	}

	private static Paragraph guide(String label, String text) {
		Span strong = new Span(label);
		strong.addClassName("sw-label");
		Paragraph paragraph = new Paragraph(strong);
		paragraph.add(text);
		paragraph.addClassName("sw-facts");
		return paragraph;
	}

	/** The amendments, oldest first, each with its reason and ratings. */
	static Section amendments(ScorecardView view, Locale locale) {
		Section section = new Section();
		section.add(new H3(section.getTranslation("interview.amendments.title")));
		for (ScorecardView.Amendment amendment : view.amendments()) {
			Div block = new Div();
			block.addClassName("sw-amendment");
			block.add(new H4(block.getTranslation("interview.amendments.heading", String.valueOf(amendment.revision()),
					Formats.when(amendment.submittedAt(), locale))));
			block.add(new Paragraph(block.getTranslation("interview.amendments.reason", amendment.reason())));
			String ratings = amendment.form()
				.entries()
				.stream()
				.map((entry) -> traitName(view, entry.traitCode()) + " " + entry.rating())
				.collect(Collectors.joining(" · "));
			block.add(new Paragraph(ratings + " · " + recommendation(block, amendment.form().recommendation())));
			section.add(block);
		}
		return section;
	}

	/**
	 * The other interviewers' ratings and recommendations, with disagreements flagged.
	 */
	static Section panel(CandidatePicture panel) {
		Section section = new Section();
		section.add(new H3(section.getTranslation("interview.panel.title")));
		section.addClassName("sw-scorecard-trait");
		if (panel.recommendations().size() < 2) {
			section.add(new Paragraph(section.getTranslation("interview.panel.none")));
			return section;
		}
		UnorderedList traits = new UnorderedList();
		for (CandidatePicture.TraitPicture trait : panel.traits()) {
			String ratings = trait.ratings()
				.stream()
				.map((rating) -> rating.interviewerName() + " " + rating.rating())
				.collect(Collectors.joining(", "));
			ListItem item = new ListItem(trait.traitName() + ": " + ratings);
			if (trait.disagreement()) {
				Span flag = new Span(section.getTranslation("interview.panel.disagreement"));
				flag.addClassName("sw-badge-overdue");
				item.add(new Span(" "), flag);
			}
			traits.add(item);
		}
		UnorderedList recommendations = new UnorderedList();
		panel.recommendations()
			.forEach((entry) -> recommendations
				.add(new ListItem(entry.interviewerName() + ": " + recommendation(section, entry.recommendation())
						+ (entry.note().isEmpty() ? "" : " (" + entry.note() + ")"))));
		section.add(traits, new H4(section.getTranslation("interview.panel.recommendations")), recommendations);
		return section;
	}

	/** An interviewer's recommendation in the words of {@code on}'s page. */
	static String recommendation(Component on, Recommendation recommendation) {
		return on.getTranslation(
				"interview.recommendation." + recommendation.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/** A trait's name in the kit, or its code if the kit no longer has it. */
	static String traitName(ScorecardView view, String traitCode) {
		return view.traits()
			.stream()
			.filter((trait) -> trait.code().equals(traitCode))
			.map(ScorecardView.Trait::name)
			.findFirst()
			.orElse(traitCode);
	}

}
