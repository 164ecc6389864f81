package org.servewell.web.api;

import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.servewell.learning.CertificateFile;
import org.servewell.learning.CertificateService;
import org.servewell.learning.CompletionRecord;
import org.servewell.learning.CompletionRecords;
import org.servewell.shared.Languages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Completions and their certificates, for reports and incremental sync. */
@RestController
@RequestMapping("/api/v1/completions")
@Tag(name = "Completions", description = "Completed courses and paths, and their certificates")
class CompletionsApi {

	private final CompletionRecords completions;

	private final CertificateService certificates;

	private final Languages languages;

	CompletionsApi(CompletionRecords completions, CertificateService certificates, Languages languages) {
		this.completions = completions;
		this.certificates = certificates;
		this.languages = languages;
	}

	@GetMapping
	@Operation(
			summary = "Completions and their certificates, a page at a time, optionally of one person or course, "
					+ "or changed since a moment for incremental sync",
			description = "Ordered by when each was completed and then by id, oldest first, so that pages stay stable. "
					+ "A completion changes when it is recorded, when its certificate expires and when HR withdraws "
					+ "it: with changedSince, the page holds those completed at or after it, those whose certificate "
					+ "expired since (expired true, changedAt the start of the expiry day) and those withdrawn since "
					+ "(withdrawnAt and changedAt the withdrawal), so a sync sees certificates lapse or withdrawn. "
					+ "Pass the time of your previous read as the next changedSince; the bound is inclusive, so "
					+ "a record may come twice but none is missed.")
	ApiPage<CompletionRecord> list(@RequestParam(required = false) Long personId,
			@RequestParam(required = false) String courseCode,
			@Parameter(description = "Only completions changed at or after this moment, ISO-8601 such as "
					+ "2026-12-01T00:00:00Z") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant changedSince,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return ApiPage.of(this.completions.page(personId, courseCode, changedSince, page, size));
	}

	@GetMapping(value = "/{id}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The completion's certificate as PDF",
			description = "In the language the Accept-Language header asks for, of those Servewell writes "
					+ "(English, German); without the header, or when it asks for none of them, in the configured "
					+ "default language (servewell.default-language). Content-Language names the language used.")
	ResponseEntity<byte[]> certificate(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		Locale language = this.languages.forAcceptLanguage(acceptLanguage);
		CertificateFile file = this.certificates.certificate(id, language);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(file.pdf());
	}

}
