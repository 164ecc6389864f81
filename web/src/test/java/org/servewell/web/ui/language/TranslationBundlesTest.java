package org.servewell.web.ui.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.servewell.learning.LearnerCourse;
import org.servewell.people.Role;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's guard on the translations: every key in both languages, every text a valid
 * pattern, and no text written into a translated screen's code. The screens translated so
 * far are listed in {@link #TRANSLATED}; a screen translated later is added there.
 */
class TranslationBundlesTest {

	/**
	 * The translated screens, under {@code src/main/java}: a folder stands for the
	 * classes directly in it, a file for itself.
	 */
	static final List<String> TRANSLATED = List.of("org/servewell/web/ui/learning", "org/servewell/web/ui/language",
			"org/servewell/web/ui/MainLayout.java", "org/servewell/web/ui/HomeView.java",
			"org/servewell/web/ui/NotFoundView.java", "org/servewell/web/security/LoginView.java",
			"org/servewell/web/ui/screening", "org/servewell/web/ui/interviews", "org/servewell/web/ui/reports",
			"org/servewell/web/ui/progress", "org/servewell/web/ui/reminders", "org/servewell/web/ui/people",
			"org/servewell/web/ui/assignments", "org/servewell/web/ui/apiaccess", "org/servewell/web/ui/webhooks",
			"org/servewell/web/ui/xapi", "org/servewell/web/ui/audit", "org/servewell/web/ui/components",
			"org/servewell/web/ui/ServerErrorView.java", "org/servewell/web/security/SetPasswordView.java",
			"org/servewell/web/security/SignInRefusedView.java", "org/servewell/web/ui/studio",
			"org/servewell/web/ui/catalog", "org/servewell/web/ui", "org/servewell/web/security");

	private static final Path SOURCES = Path.of("src/main/java");

	/** Where a component is given text it shows or announces. */
	private static final Pattern TEXT_CALL = Pattern.compile("(new\\s+(Button|H[1-6]|Span|Paragraph|Div|Anchor"
			+ "|RouterLink|TextField|TextArea|Checkbox|Select|NativeLabel|ListItem|SideNavItem|Details|Tab|Card"
			+ "|Notification|ConfirmDialog|EmailField|PasswordField|IntegerField|NumberField|BigDecimalField"
			+ "|ComboBox|MultiSelectComboBox|DatePicker|RadioButtonGroup|CheckboxGroup|SecretShownOnce|CopyableText|CsvDownload"
			+ "|DescriptionList\\.Term|DescriptionList\\.Description)\\s*(<[^>()]*>)?"
			+ "\\s*\\(|\\.(setText|setLabel|setTitle|setPlaceholder|setHelperText"
			+ "|setAriaLabel|setTooltipText|setSubtitle|setEmptySelectionCaption|setHeaderTitle|setConfirmText"
			+ "|setCancelText|setErrorMessage|setMessage|setUsername|setPassword|setSubmit"
			+ "|setHeader|setFooter|setEmptyStateText|setSummaryText|setItemLabelGenerator|setCaptionText"
			+ "|asRequired|withValidator|datePicker|iconButton|show|showOrHide|link)\\s*\\("
			+ "|new\\s+(SvgChart\\.Value)\\s*(<\\w*>)?\\s*\\("
			+ "|(DateFields\\.datePicker|LinkCard\\.of|SvgChart\\.\\w+)\\s*\\(|\\btabs\\.add\\s*\\("
			+ "|Notification\\.show\\s*\\(|Notices\\.\\w+\\s*\\(|Confirmation\\.\\w+\\s*\\("
			+ "|DateFields\\.datePicker\\s*\\(|CopyableText\\.\\w+\\s*\\(|addFigureColumn\\s*\\(|iconButton\\s*\\("
			+ "|setAttribute\\s*\\(\\s*\"(aria-label|title|placeholder|alt)\"\\s*,)");

	/** A key handed to the translations: a name, not text. */
	private static final Pattern KEY = Pattern
		.compile("(getTranslation|translate)\\s*\\(\\s*(?:[\\w.()]+\\s*,\\s*)?\"[^\"]*\"");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	/**
	 * A string that names rather than says: a key ("quiz.next", chosen by a condition),
	 * the end of one (".title", after a key's start) or a media type ("application/pdf").
	 */
	private static final Pattern NAME = Pattern.compile("[a-z0-9-]*([./][a-z0-9.+-]+)+");

	@Test
	void every_key_has_an_english_and_a_german_text() throws IOException {
		Properties english = bundle("");
		Properties german = bundle("_de");

		assertThat(english).isNotEmpty();
		assertThat(german.stringPropertyNames()).as("keys in German but not in English")
			.isSubsetOf(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).as("keys in English but not in German")
			.isSubsetOf(german.stringPropertyNames());
	}

	@Test
	void every_text_is_a_pattern_that_formats_and_keeps_its_apostrophes() throws IOException {
		for (String suffix : List.of("", "_de")) {
			Properties bundle = bundle(suffix);
			for (String key : bundle.stringPropertyNames()) {
				String text = bundle.getProperty(key);
				assertThat(text.replace("''", "")).as("%s%s: an apostrophe is written twice", key, suffix)
					.doesNotContain("'");
				Object[] arguments = { 1, 2, 3, 4 };
				assertThat(new MessageFormat(text, Locale.ENGLISH).format(arguments)).as(key).doesNotContain("{");
			}
		}
	}

	@Test
	void every_menu_entry_role_and_course_state_has_its_words() throws IOException {
		Properties english = bundle("");
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
		List<String> keys = new ArrayList<>();
		for (BeanDefinition view : scanner.findCandidateComponents("org.servewell.web")) {
			Route route = type(view.getBeanClassName()).getAnnotation(Route.class);
			keys.add(Translations.menuKey(route.value()));
		}
		assertThat(keys).hasSizeGreaterThan(10);
		Arrays.stream(Role.values()).forEach((role) -> keys.add("role." + role.name().toLowerCase(Locale.ROOT)));
		for (LearnerCourse.CourseState state : LearnerCourse.CourseState.values()) {
			keys.add("mylearning.state." + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}

		assertThat(english.stringPropertyNames()).containsAll(keys);
	}

	@Test
	void no_translated_screen_writes_text_into_a_component() throws IOException {
		List<String> written = new ArrayList<>();
		for (Path file : translatedSources()) {
			for (String text : writtenTexts(Files.readString(file))) {
				written.add(SOURCES.relativize(file) + ": \"" + text + "\"");
			}
		}

		assertThat(translatedSources()).hasSizeGreaterThan(10);
		assertThat(written).as("texts to move into vaadin-i18n/translations*.properties").isEmpty();
	}

	@Test
	void the_scan_finds_text_given_to_a_component_but_not_a_key_or_a_code() {
		String code = """
				add(new H2("Quiz"), new Paragraph(getTranslation("quiz.intro")));
				this.next = new Button(getTranslation("quiz.next"), new Icon(VaadinIcon.ARROW_RIGHT));
				position.setText("Scenario " + number + " of " + total);
				Notification.show("Saved");
				link.getElement().setAttribute("aria-label", getTranslation(locale, "course.step", number));
				link.getElement().setAttribute("title", "Open the course");
				link.getElement().setAttribute("role", "status");
				jump.setAriaLabel(getTranslation(answered ? "quiz.jump.answered" : "quiz.jump.open", index));
				new RouterLink("", CourseView.class, code);
				grid.addColumn(Row::name).setHeader("Name").setEmptyStateText(getTranslation("grid.empty"));
				new CsvDownload("Download CSV", service::csvFileName, rows);
				SvgChart.bars("Hiring funnel", getTranslation("reports.funnel.chart.candidates"), values);
				LinkCard.of(getTranslation(key + ".title"), getTranslation(key + ".text"), "Open", target);
				final ComboBox<String> department = new ComboBox<>("Department");
				grid.addColumn(Course::title).setHeader("Course");
				tabs.add("Lessons", lessons);
				new MultiSelectComboBox<>("Traits it exercises");
				Button up = iconButton(VaadinIcon.ARROW_UP, "Move up", () -> move());
				// new Span("commented out")
				this.position = new ComboBox<>("Position");
				grid.setEmptyStateText(getTranslation("hiring.candidates.empty"));
				status.setItemLabelGenerator((choice) -> (choice != null) ? label(choice) : "Any status");
				""";

		assertThat(writtenTexts(code)).containsExactly("Quiz", "Scenario ", " of ", "Saved", "Open the course", "Name",
				"Download CSV", "Hiring funnel", "Open", "Department", "Course", "Lessons", "Traits it exercises",
				"Move up", "Position", "Any status");
	}

	/** The texts with a letter in them that the code hands to components. */
	static List<String> writtenTexts(String source) {
		String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
		List<String> texts = new ArrayList<>();
		Matcher call = TEXT_CALL.matcher(code);
		while (call.find()) {
			String arguments = KEY.matcher(arguments(code, call.end())).replaceAll("KEY");
			Matcher literal = LITERAL.matcher(arguments);
			while (literal.find()) {
				String text = literal.group(1);
				if (text.codePoints().anyMatch(Character::isLetter) && !NAME.matcher(text).matches()) {
					texts.add(text);
				}
			}
		}
		return texts;
	}

	/**
	 * The call's arguments: from {@code start} to the parenthesis that closes the call.
	 */
	private static String arguments(String code, int start) {
		int depth = 1;
		boolean inString = false;
		for (int i = start; i < code.length(); i++) {
			char c = code.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return code.substring(start, i);
			}
		}
		return code.substring(start);
	}

	private static Set<Path> translatedSources() throws IOException {
		Set<Path> files = new TreeSet<>();
		for (String entry : TRANSLATED) {
			Path path = SOURCES.resolve(entry);
			if (Files.isDirectory(path)) {
				try (Stream<Path> listed = Files.list(path)) {
					listed.filter((file) -> file.toString().endsWith(".java")).forEach(files::add);
				}
			}
			else {
				assertThat(path).as("a translated screen listed").exists();
				files.add(path);
			}
		}
		return files;
	}

	/** Every bundle's texts in one language; a key in two bundles fails the test. */
	private static Properties bundle(String suffix) throws IOException {
		Properties all = new Properties();
		for (String bundle : Translations.BUNDLES) {
			Properties properties = new Properties();
			String name = "/" + bundle + suffix + ".properties";
			try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(name)) {
				assertThat(in).as(name).isNotNull();
				try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
			}
			for (String key : properties.stringPropertyNames()) {
				assertThat(all.containsKey(key)).as("%s in %s and in an earlier bundle", key, name).isFalse();
				all.setProperty(key, properties.getProperty(key));
			}
		}
		return all;
	}

	private static Class<?> type(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
