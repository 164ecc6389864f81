package org.servewell.web.ui.screening;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

/**
 * The panel's picture of a candidate: the weighted score against the kit's threshold,
 * every interviewer's rating per trait with the traits they disagree on, the evidence on
 * request, and their recommendations. Read only.
 */
class PanelPictureSection extends Div {

	final Grid<CandidatePicture.TraitPicture> traits = new Grid<>();

	final Paragraph score = new Paragraph();

	PanelPictureSection() {
		this.traits.setAriaLabel(getTranslation("hiring.picture.ratings"));
		this.traits.setAllRowsVisible(true);
		this.traits.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.traits.setItemDetailsRenderer(new ComponentRenderer<>(this::evidence));
		this.traits.setDetailsVisibleOnClick(false);
		this.score.addClassName("sw-score");
		this.score.getElement().setAttribute("role", "status");
	}

	void show(CandidatePage page) {
		removeAll();
		add(new H3(getTranslation("hiring.picture.title")));
		CandidatePicture picture = page.picture();
		if (picture == null) {
			add(new Paragraph(getTranslation("hiring.picture.empty")));
			return;
		}
		long submitted = page.interviews().stream().filter(CandidatePage.InterviewSummary::submitted).count();
		this.score.setText(getTranslation("hiring.picture.score", scoreText(picture), submitted, picture.interviewers(),
				picture.kitTitle()));
		add(this.score);
		if (picture.weightedScore() == null) {
			return;
		}
		showTraits(picture);
		add(this.traits);
		List<String> disputed = picture.disagreements().stream().map(CandidatePicture.TraitPicture::traitName).toList();
		add(new Paragraph(disputed.isEmpty() ? getTranslation("hiring.picture.agrees") : getTranslation(
				"hiring.picture.disagrees", CandidatePicture.DISAGREEMENT_GAP, String.join(", ", disputed))));
		UnorderedList recommendations = new UnorderedList();
		for (CandidatePicture.PanelRecommendation recommendation : picture.recommendations()) {
			String note = (recommendation.note() != null && !recommendation.note().isBlank())
					? " – " + recommendation.note() : "";
			recommendations.add(new ListItem(recommendation.interviewerName() + ": "
					+ ScreeningText.recommendation(this, recommendation.recommendation()) + note));
		}
		add(new H4(getTranslation("hiring.picture.recommendations")), recommendations);
	}

	/** The weighted score against the kit's threshold, in one sentence. */
	String scoreText(CandidatePicture picture) {
		if (picture.weightedScore() == null) {
			return getTranslation("hiring.picture.no-score");
		}
		Locale locale = getLocale();
		return getTranslation(picture.meetsThreshold() ? "hiring.picture.meets" : "hiring.picture.below",
				ScreeningText.score(picture.weightedScore(), locale), RatingScale.HIGHEST,
				ScreeningText.decimal(picture.passThreshold().doubleValue(), 2, locale));
	}

	private void showTraits(CandidatePicture picture) {
		this.traits.removeAllColumns();
		this.traits.addColumn(CandidatePicture.TraitPicture::traitName)
			.setHeader(getTranslation("hiring.picture.trait"))
			.setAutoWidth(true);
		ScreeningText.addFigureColumn(this.traits, CandidatePicture.TraitPicture::weight,
				getTranslation("hiring.picture.weight"));
		Set<String> raters = new LinkedHashSet<>();
		picture.traits().forEach((trait) -> trait.ratings().forEach((rating) -> raters.add(rating.interviewerName())));
		for (String rater : raters) {
			ScreeningText.addFigureColumn(this.traits, (trait) -> ratingBy(trait, rater), rater);
		}
		ScreeningText.addFigureColumn(this.traits, (trait) -> ScreeningText.mean(trait.mean(), getLocale()),
				getTranslation("hiring.picture.mean"));
		ScreeningText.addFigureColumn(this.traits, CandidatePicture.TraitPicture::spread,
				getTranslation("hiring.picture.spread"));
		this.traits.addComponentColumn(this::agreement)
			.setHeader(getTranslation("hiring.picture.agreement"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.traits.addComponentColumn(this::evidenceToggle)
			.setHeader(getTranslation("hiring.picture.evidence"))
			.setAutoWidth(true)
			.setFlexGrow(0);
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

	private Span agreement(CandidatePicture.TraitPicture trait) {
		if (!trait.disagreement()) {
			return new Span((trait.ratings().size() > 1) ? getTranslation("hiring.picture.agree") : ScreeningText.NONE);
		}
		Span badge = new Span(getTranslation("hiring.picture.disagreement"));
		badge.addClassName("sw-disagreement");
		return badge;
	}

	private Button evidenceToggle(CandidatePicture.TraitPicture trait) {
		boolean shown = this.traits.isDetailsVisible(trait);
		Button toggle = new Button(getTranslation(shown ? "hiring.picture.hide" : "hiring.picture.show"), (click) -> {
			this.traits.setDetailsVisible(trait, !shown);
			this.traits.getDataProvider().refreshItem(trait);
		});
		toggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
		toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		toggle.setAriaLabel(getTranslation("hiring.picture.toggle", trait.traitName()));
		return toggle;
	}

	private Div evidence(CandidatePicture.TraitPicture trait) {
		UnorderedList notes = new UnorderedList();
		for (CandidatePicture.PanelRating rating : trait.ratings()) {
			String evidence = (rating.evidence() != null && !rating.evidence().isBlank()) ? rating.evidence()
					: getTranslation("hiring.picture.no-evidence");
			notes.add(new ListItem(rating.interviewerName() + " (" + rating.rating() + "): " + evidence));
		}
		Div body = new Div(new Span(getTranslation("hiring.picture.evidence-for", trait.traitName())), notes);
		body.addClassName("sw-evidence");
		return body;
	}

}
