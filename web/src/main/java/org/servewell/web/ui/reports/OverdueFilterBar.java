package org.servewell.web.ui.reports;

import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import org.servewell.reporting.OverdueChoices;
import org.servewell.reporting.OverdueFilter;
import org.servewell.reporting.OverdueWindow;
import org.servewell.web.ui.components.FormBinder;

/**
 * The overdue list's filters, bound to an {@link OverdueFilter}: the due window, a
 * department and (for those who see more than one team) a manager. Each change hands the
 * new filter on at once.
 */
final class OverdueFilterBar extends Div {

	final Select<OverdueWindow> window = new Select<>();

	final ComboBox<String> department = new ComboBox<>();

	final ComboBox<OverdueChoices.Manager> manager = new ComboBox<>();

	private final BeanValidationBinder<OverdueFilter> binder = FormBinder.forRecord(OverdueFilter.class);

	OverdueFilterBar(OverdueChoices choices, OverdueFilter initial, Consumer<OverdueFilter> changed) {
		addClassName("sw-report-filters");
		Words words = Words.of(this);
		this.department.setLabel(getTranslation("reports.overdue.department"));
		this.manager.setLabel(getTranslation("reports.overdue.manager"));
		this.window.setLabel(getTranslation("reports.overdue.window"));
		this.window.setItems(OverdueWindow.values());
		this.window.setItemLabelGenerator((window) -> label(words, window));
		this.department.setItems(choices.departments());
		this.department.setPlaceholder(getTranslation("reports.overdue.department.all"));
		this.department.setClearButtonVisible(true);
		this.manager.setItems(choices.managers());
		this.manager.setItemLabelGenerator(OverdueChoices.Manager::name);
		this.manager.setPlaceholder(getTranslation("reports.overdue.manager.all"));
		this.manager.setClearButtonVisible(true);
		// A manager sees their own reports only: there is no other manager to choose.
		this.manager.setVisible(!choices.teamOnly());

		this.binder.forField(this.window).asRequired(getTranslation("reports.overdue.window.required")).bind("window");
		// It always has a value; the indicator would put aria-required on the select's
		// button, where ARIA does not allow it.
		this.window.setRequiredIndicatorVisible(false);
		this.binder.forField(this.department).bind("department");
		this.binder.forField(this.manager)
			.withConverter((chosen) -> (chosen != null) ? chosen.id() : null,
					(id) -> choices.managers()
						.stream()
						.filter((m) -> Long.valueOf(m.id()).equals(id))
						.findFirst()
						.orElse(null))
			.bind("managerId");
		this.binder.readRecord(initial);
		this.binder.addValueChangeListener((change) -> {
			try {
				changed.accept(this.binder.writeRecord());
			}
			catch (ValidationException ex) {
				// The field shows what is wrong; the list keeps its last filter.
			}
		});
		add(this.window, this.department, this.manager);
	}

	static String label(Words words, OverdueWindow window) {
		return switch (window) {
			case OVERDUE_ONLY -> words.translate("reports.overdue.window.overdue");
			case DUE_WITHIN_7_DAYS -> words.translate("reports.overdue.window.within", 7);
			case DUE_WITHIN_14_DAYS -> words.translate("reports.overdue.window.within", 14);
			case DUE_WITHIN_30_DAYS -> words.translate("reports.overdue.window.within", 30);
		};
	}

}
