package org.servewell.web.ui.components;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.vaadin.flow.component.html.Image;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

	@Test
	void aBarChartIsAnSvgImageWithItsDescriptionAsTextAlternative() {
		SvgChart chart = SvgChart.bars("Candidates per stage: 9 added, 6 interviewed", "Candidates",
				List.of(new SvgChart.Value("Added", 9), new SvgChart.Value("Interviewed", 6)));

		Image image = (Image) chart.getChildren().findFirst().orElseThrow();
		assertThat(image.getAlt()).contains("Candidates per stage: 9 added, 6 interviewed");
		assertThat(svgOf(image)).startsWith("<svg").contains("Interviewed").contains("Added");
	}

	@Test
	void aLineChartDrawsEveryLabel() {
		SvgChart chart = SvgChart.line("Completions per month", "Completions",
				List.of(new SvgChart.Value("2026-10", 3), new SvgChart.Value("2026-11", 7)));

		Image image = (Image) chart.getChildren().findFirst().orElseThrow();
		assertThat(svgOf(image)).contains("2026-10").contains("2026-11");
	}

	private static String svgOf(Image image) {
		String source = image.getSrc();
		assertThat(source).startsWith("data:image/svg+xml;base64,");
		return new String(Base64.getDecoder().decode(source.substring(source.indexOf(',') + 1)),
				StandardCharsets.UTF_8);
	}

}
