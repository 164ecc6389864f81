package org.servewell.web.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.servewell.learning.CertificateFile;
import org.servewell.learning.CertificateService;
import org.servewell.learning.CompletionRecord;
import org.servewell.learning.CompletionRecords;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	CompletionsApi(CompletionRecords completions, CertificateService certificates) {
		this.completions = completions;
		this.certificates = certificates;
	}

	@GetMapping
	@Operation(summary = "Completions oldest first, optionally of one person or course, or completed at or after "
			+ "changedSince (ISO-8601, such as 2026-12-01T00:00:00Z) for incremental sync")
	List<CompletionRecord> list(@RequestParam(required = false) Long personId,
			@RequestParam(required = false) String courseCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant changedSince) {
		return this.completions.list(personId, courseCode, changedSince);
	}

	@GetMapping(value = "/{id}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The completion's certificate as PDF")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		CertificateFile file = this.certificates.certificate(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(file.pdf());
	}

}
