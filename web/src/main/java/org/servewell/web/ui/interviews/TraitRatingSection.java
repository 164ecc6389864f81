package org.servewell.web.ui.interviews;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.servewell.content.RatingScale;
import org.servewell.hiring.HiringLimits;
import org.servewell.hiring.ScorecardForm;
import org.servewell.hiring.ScorecardView;
import org.servewell.web.ui.components.FormBinder;

/**
 * One trait on a scorecard: its definition and the kit's questions, a rating on the scale
 * with the behaviour each rating stands for, and the evidence for it.
 */
final class TraitRatingSection extends Section {

	final RadioButtonGroup<Integer> rating;

	final TextArea evidence = new TextArea(getTranslation("interview.trait.evidence"));

	/**
	 * Checks the rating and the evidence against the annotations on
	 * {@link ScorecardForm.Entry}; the trait is fixed.
	 */
	private final BeanValidationBinder<ScorecardForm.Entry> binder = FormBinder.forRecord(ScorecardForm.Entry.class);

	/**
	 * @param shown the rating and evidence to show
	 * @param edited what to do when the interviewer changes either
	 */
	TraitRatingSection(ScorecardView.Trait trait, ScorecardForm.Entry shown, boolean editable, Runnable edited) {
		addClassName("sw-scorecard-trait");
		Span weight = new Span(getTranslation("interview.trait.weight", trait.weight()));
		weight.addClassName("sw-facts");
		H3 heading = new H3(trait.name() + " ");
		heading.add(weight);
		Paragraph definition = new Paragraph(trait.definition());
		definition.addClassName("sw-facts");
		add(heading, definition, ScorecardSections.questions(trait.questions()));

		this.rating = new RadioButtonGroup<>(getTranslation("interview.trait.rating", trait.name()));
		this.rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		this.rating.setItems(RatingScale.ratings());
		this.rating.setItemLabelGenerator((value) -> value + " · " + trait.anchor(value));
		this.rating.addValueChangeListener((change) -> {
			if (change.isFromClient()) {
				edited.run();
			}
		});
		this.evidence.setWidthFull();
		this.evidence.setMaxLength(HiringLimits.SCORECARD_NOTE_LENGTH);
		this.evidence.setValueChangeMode(ValueChangeMode.LAZY);
		this.evidence.addValueChangeListener((change) -> {
			if (change.isFromClient()) {
				edited.run();
			}
		});
		this.binder.forField(new ReadOnlyHasValue<String>((code) -> {
		})).bind("traitCode");
		this.binder.forField(this.rating).bind("rating");
		this.binder.forField(this.evidence).bind("evidence");
		this.binder.readRecord(new ScorecardForm.Entry(trait.code(), shown.rating(),
				(shown.evidence() != null) ? shown.evidence() : ""));
		this.rating.setReadOnly(!editable);
		this.evidence.setReadOnly(!editable);
		add(this.rating, this.evidence);
	}

	/**
	 * The rating and evidence as entered.
	 * @throws ValidationException when a field breaks a rule, shown beside it
	 */
	ScorecardForm.Entry entry() throws ValidationException {
		return this.binder.writeRecord();
	}

}
