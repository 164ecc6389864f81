package org.servewell.web.ui.interviews;

import java.util.List;
import java.util.stream.Collectors;

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
		for (InterviewKitDetails.Question question : questions) {
			Div block = new Div();
			block.addClassName("sw-kit-question");
			block.add(new Paragraph(question.text()));
			if (!question.probes().isEmpty()) {
				UnorderedList probes = new UnorderedList();
				question.probes().forEach((probe) -> probes.add(new ListItem(probe)));
				block.add(new Span("Follow-ups"), probes);
			}
			block.add(guide("Strong answer: ", question.strongAnswer()), guide("Weak answer: ", question.weakAnswer()));
			content.add(block);
		}
		Details details = new Details("Questions to ask (" + questions.size() + ")", content);
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
	static Section amendments(ScorecardView view) {
		Section section = new Section(new H3("Amendments"));
		for (ScorecardView.Amendment amendment : view.amendments()) {
			Div block = new Div();
			block.addClassName("sw-amendment");
			block
				.add(new H4("Amendment " + amendment.revision() + ", " + Formats.WHEN.format(amendment.submittedAt())));
			block.add(new Paragraph("Reason: " + amendment.reason()));
			String ratings = amendment.form()
				.entries()
				.stream()
				.map((entry) -> traitName(view, entry.traitCode()) + " " + entry.rating())
				.collect(Collectors.joining(" · "));
			block.add(new Paragraph(ratings + " · " + amendment.form().recommendation().label()));
			section.add(block);
		}
		return section;
	}

	/**
	 * The other interviewers' ratings and recommendations, with disagreements flagged.
	 */
	static Section panel(CandidatePicture panel) {
		Section section = new Section(new H3("The panel"));
		section.addClassName("sw-scorecard-trait");
		if (panel.recommendations().size() < 2) {
			section.add(new Paragraph("No other interviewer has submitted yet."));
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
				Span flag = new Span("Disagreement");
				flag.addClassName("sw-badge-overdue");
				item.add(new Span(" "), flag);
			}
			traits.add(item);
		}
		UnorderedList recommendations = new UnorderedList();
		panel.recommendations()
			.forEach((entry) -> recommendations.add(new ListItem(entry.interviewerName() + ": "
					+ entry.recommendation().label() + (entry.note().isEmpty() ? "" : " (" + entry.note() + ")"))));
		section.add(traits, new H4("Recommendations"), recommendations);
		return section;
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
