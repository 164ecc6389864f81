package org.servewell.web.ui.reports;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.servewell.reporting.HiringFunnel;
import org.servewell.web.ui.components.SvgChart;

/**
 * One position's funnel as bars (candidates, interviewed, decided, hired) with the same
 * figures in a sentence beneath, which is also the chart's text alternative.
 */
class HiringFunnelChart extends Div {

	final Paragraph summary = new Paragraph();

	HiringFunnelChart() {
		addClassName("sw-funnel-chart");
	}

	/**
	 * Shows the position's funnel, or says why there is nothing to draw.
	 * @param position the position, or null
	 * @param anyCandidates whether the period has candidates at all
	 */
	void show(HiringFunnel.Position position, boolean anyCandidates) {
		removeAll();
		if (position == null) {
			this.summary
				.setText(getTranslation(anyCandidates ? "reports.funnel.chart.choose" : "reports.funnel.chart.none"));
			add(this.summary);
			return;
		}
		String sentence = HiringFunnelText.summary(Words.of(this), position);
		this.summary.setText(sentence);
		add(SvgChart.bars(getTranslation("reports.funnel.chart.description", position.position(), sentence),
				getTranslation("reports.funnel.chart.candidates"),
				List.of(new SvgChart.Value(getTranslation("reports.funnel.added"), position.candidates()),
						new SvgChart.Value(getTranslation("reports.funnel.interviewed"), position.interviewed()),
						new SvgChart.Value(getTranslation("reports.funnel.decided"), position.decided()),
						new SvgChart.Value(getTranslation("reports.funnel.hired"), position.hired()))),
				this.summary);
	}

}
