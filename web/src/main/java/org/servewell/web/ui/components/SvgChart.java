package org.servewell.web.ui.components;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart drawn on the server as SVG with JFreeChart (decision 0015) and shown as an
 * image whose text alternative says what it shows. A chart is never the only way to read
 * the figures: each report that shows one also shows its numbers as a table or in words.
 * <p>
 * Two shapes cover the reports: bars (a hiring funnel, counts per group) and a line over
 * ordered labels (completions per month; keep the labels short, such as "Nov").
 */
public final class SvgChart extends Div {

	private static final Color BAR = new Color(0x1A, 0x6F, 0xD8);

	private static final Color GRID = new Color(0xD8, 0xDD, 0xE3);

	private static final Color TEXT = new Color(0x26, 0x32, 0x40);

	private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

	private SvgChart(JFreeChart chart, String description, int width, int height) {
		style(chart);
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		chart.draw(graphics, new Rectangle(0, 0, width, height));
		String svg = graphics.getSVGElement();
		String source = "data:image/svg+xml;base64,"
				+ Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
		Image image = new Image(source, description);
		image.addClassName("sw-chart-image");
		add(image);
		addClassName("sw-chart");
	}

	/**
	 * Horizontal bars, one per label, in the order given.
	 * @param description what the chart shows, in words (its text alternative)
	 * @param valueLabel what the bars measure, such as "Candidates"
	 * @param bars the bars
	 */
	public static SvgChart bars(String description, String valueLabel, List<Value> bars) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		bars.forEach((bar) -> data.addValue(bar.value(), valueLabel, bar.label()));
		JFreeChart chart = ChartFactory.createBarChart(null, null, valueLabel, data, PlotOrientation.HORIZONTAL, false,
				false, false);
		BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, BAR);
		renderer.setMaximumBarWidth(0.12);
		if (bars.stream().allMatch((bar) -> bar.value() == Math.rint(bar.value()))) {
			// Counts: ticks at whole numbers, never "0.2 candidates".
			chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		}
		return new SvgChart(chart, description, 640, Math.max(160, 60 + 44 * bars.size()));
	}

	/**
	 * A line through values over ordered labels, such as months.
	 * @param description what the chart shows, in words (its text alternative)
	 * @param valueLabel what the line measures, such as "Completions"
	 * @param points the values in order
	 */
	public static SvgChart line(String description, String valueLabel, List<Value> points) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		points.forEach((point) -> data.addValue(point.value(), valueLabel, point.label()));
		JFreeChart chart = ChartFactory.createLineChart(null, null, valueLabel, data, PlotOrientation.VERTICAL, false,
				false, false);
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
		renderer.setSeriesPaint(0, BAR);
		renderer.setSeriesStroke(0, new BasicStroke(2.5f));
		renderer.setDefaultShapesVisible(true);
		chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
		return new SvgChart(chart, description, 720, 320);
	}

	private static void style(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		CategoryAxis domain = plot.getDomainAxis();
		domain.setTickLabelFont(LABEL_FONT);
		domain.setTickLabelPaint(TEXT);
		plot.getRangeAxis().setTickLabelFont(LABEL_FONT);
		plot.getRangeAxis().setTickLabelPaint(TEXT);
		plot.getRangeAxis().setLabelFont(LABEL_FONT);
		plot.getRangeAxis().setLabelPaint(TEXT);
	}

	/**
	 * One bar or point.
	 *
	 * @param label what it is, such as a stage or a month
	 * @param value its value
	 */
	public record Value(String label, double value) {
	}

}
