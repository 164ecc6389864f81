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
			this.summary.setText(anyCandidates ? "Choose a position to see its funnel."
					: "No candidates were added in this period, so there is no funnel to draw.");
			add(this.summary);
			return;
		}
		String sentence = HiringFunnelText.summary(position);
		this.summary.setText(sentence);
		add(SvgChart.bars("Hiring funnel for " + position.position() + ". " + sentence, "Candidates",
				List.of(new SvgChart.Value("Added", position.candidates()),
						new SvgChart.Value("Interviewed", position.interviewed()),
						new SvgChart.Value("Decided", position.decided()),
						new SvgChart.Value("Hired", position.hired()))),
				this.summary);
	}

}
