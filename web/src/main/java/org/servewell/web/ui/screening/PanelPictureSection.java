package org.servewell.web.ui.screening;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import org.servewell.content.RatingScale;
import org.servewell.hiring.CandidatePage;
import org.servewell.hiring.CandidatePicture;
import org.servewell.web.ui.components.Formats;

/**
 * The panel's picture of a candidate: the weighted score against the kit's threshold,
 * every interviewer's rating per trait with the traits they disagree on, the evidence on
 * request, and their recommendations. Read only.
 */
class PanelPictureSection extends Div {

	final Grid<CandidatePicture.TraitPicture> traits = new Grid<>();

	final Paragraph score = new Paragraph();

	PanelPictureSection() {
		this.traits.setAriaLabel("Ratings per trait");
		this.traits.setAllRowsVisible(true);
		this.traits.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.traits.setItemDetailsRenderer(new ComponentRenderer<>(PanelPictureSection::evidence));
		this.traits.setDetailsVisibleOnClick(false);
		this.score.addClassName("sw-score");
		this.score.getElement().setAttribute("role", "status");
	}

	void show(CandidatePage page) {
		removeAll();
		add(new H3("The panel's picture"));
		CandidatePicture picture = page.picture();
		if (picture == null) {
			add(new Paragraph("Assign interviewers; their ratings appear here as they submit."));
			return;
		}
		long submitted = page.interviews().stream().filter(CandidatePage.InterviewSummary::submitted).count();
		this.score.setText(scoreText(picture) + " " + submitted + " of " + picture.interviewers()
				+ " scorecards in, rated with " + picture.kitTitle() + ".");
		add(this.score);
		if (picture.weightedScore() == null) {
			return;
		}
		showTraits(picture);
		add(this.traits);
		List<String> disputed = picture.disagreements().stream().map(CandidatePicture.TraitPicture::traitName).toList();
		add(new Paragraph(disputed.isEmpty() ? "The panel agrees within a point on every trait."
				: "The panel disagrees by " + CandidatePicture.DISAGREEMENT_GAP + " points or more on: "
						+ String.join(", ", disputed) + ". Read their evidence before deciding."));
		UnorderedList recommendations = new UnorderedList();
		for (CandidatePicture.PanelRecommendation recommendation : picture.recommendations()) {
			String note = (recommendation.note() != null && !recommendation.note().isBlank())
					? " – " + recommendation.note() : "";
			recommendations.add(new ListItem(
					recommendation.interviewerName() + ": " + recommendation.recommendation().label() + note));
		}
		add(new H4("Recommendations"), recommendations);
	}

	/** The weighted score against the kit's threshold, in one sentence. */
	static String scoreText(CandidatePicture picture) {
		if (picture.weightedScore() == null) {
			return "No scorecard is submitted yet, so there is no weighted score.";
		}
		return "Weighted score " + ScreeningText.score(picture.weightedScore()) + " of " + RatingScale.HIGHEST + ", "
				+ (picture.meetsThreshold() ? "meets" : "below") + " the " + Formats.decimal(picture.passThreshold(), 2)
				+ " threshold.";
	}

	private void showTraits(CandidatePicture picture) {
		this.traits.removeAllColumns();
		this.traits.addColumn(CandidatePicture.TraitPicture::traitName).setHeader("Trait").setAutoWidth(true);
		ScreeningText.addFigureColumn(this.traits, CandidatePicture.TraitPicture::weight, "Weight");
		Set<String> raters = new LinkedHashSet<>();
		picture.traits().forEach((trait) -> trait.ratings().forEach((rating) -> raters.add(rating.interviewerName())));
		for (String rater : raters) {
			ScreeningText.addFigureColumn(this.traits, (trait) -> ratingBy(trait, rater), rater);
		}
		ScreeningText.addFigureColumn(this.traits, (trait) -> ScreeningText.mean(trait.mean()), "Mean");
		ScreeningText.addFigureColumn(this.traits, CandidatePicture.TraitPicture::spread, "Spread");
		this.traits.addComponentColumn(PanelPictureSection::agreement)
			.setHeader("Agreement")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.traits.addComponentColumn(this::evidenceToggle).setHeader("Evidence").setAutoWidth(true).setFlexGrow(0);
		this.traits.setItems(picture.traits());
	}

	private static String ratingBy(CandidatePicture.TraitPicture trait, String rater) {
		return trait.ratings()
			.stream()
			.filter((rating) -> rating.interviewerName().equals(rater))
			.map((rating) -> String.valueOf(rating.rating()))
			.findFirst()
			.orElse(ScreeningText.NONE);
	}

	private static Span agreement(CandidatePicture.TraitPicture trait) {
		if (!trait.disagreement()) {
			return new Span((trait.ratings().size() > 1) ? "Agrees" : ScreeningText.NONE);
		}
		Span badge = new Span("Disagreement");
		badge.addClassName("sw-disagreement");
		return badge;
	}

	private Button evidenceToggle(CandidatePicture.TraitPicture trait) {
		boolean shown = this.traits.isDetailsVisible(trait);
		Button toggle = new Button(shown ? "Hide" : "Show", (click) -> {
			this.traits.setDetailsVisible(trait, !shown);
			this.traits.getDataProvider().refreshItem(trait);
		});
		toggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
		toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		toggle.setAriaLabel("Show or hide the evidence for " + trait.traitName());
		return toggle;
	}

	private static Div evidence(CandidatePicture.TraitPicture trait) {
		UnorderedList notes = new UnorderedList();
		for (CandidatePicture.PanelRating rating : trait.ratings()) {
			String evidence = (rating.evidence() != null && !rating.evidence().isBlank()) ? rating.evidence()
					: "no evidence noted";
			notes.add(new ListItem(rating.interviewerName() + " (" + rating.rating() + "): " + evidence));
		}
		Div body = new Div(new Span("Evidence for " + trait.traitName()), notes);
		body.addClassName("sw-evidence");
		return body;
	}

}
