package org.servewell.web.ui.studio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.servewell.content.ContentLimits;
import org.servewell.content.OptionContent;

/** One option: what the person does, how good it is, and why. */
final class OptionRow extends Div {

	final TextArea text = new TextArea();

	final Select<Integer> rating = new Select<>();

	final TextArea feedback = new TextArea();

	final Button remove = new Button(new Icon(VaadinIcon.TRASH));

	OptionRow(int number, OptionContent option) {
		addClassName("sw-option");
		this.text.setLabel(getTranslation("studio.scenario.option", String.valueOf(number)));
		this.text.setMaxLength(ContentLimits.MAX_STATEMENT_LENGTH);
		this.text.setValue(option.text());
		this.text.setValueChangeMode(ValueChangeMode.LAZY);
		this.rating.setLabel(getTranslation("studio.scenario.rating"));
		this.rating.setItems(ScenarioEditor.RATINGS);
		this.rating.setItemLabelGenerator((rating) -> ratingLabel(this, rating));
		if (option.rating() >= OptionContent.WORST_RATING && option.rating() <= OptionContent.BEST_RATING) {
			this.rating.setValue(option.rating());
		}
		this.feedback.setLabel(getTranslation("studio.scenario.feedback"));
		this.feedback.setMaxLength(ContentLimits.MAX_EXPLANATION_LENGTH);
		this.feedback.setValue(option.feedback());
		this.feedback.setValueChangeMode(ValueChangeMode.LAZY);
		this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		this.remove.setAriaLabel(getTranslation("studio.scenario.option.remove", String.valueOf(number)));
		this.remove.setTooltipText(this.remove.getAriaLabel().orElse(null));
		add(this.text, this.rating, this.feedback, this.remove);
	}

	OptionContent option() {
		return new OptionContent(this.text.getValue(), (this.rating.getValue() != null) ? this.rating.getValue() : 0,
				this.feedback.getValue());
	}

	/** A rating with what it means ("4 - the best response"), in the page's language. */
	static String ratingLabel(Component owner, int rating) {
		return owner.getTranslation(
				"studio.rating." + Math.clamp(rating, OptionContent.WORST_RATING, OptionContent.BEST_RATING));
	}

}
