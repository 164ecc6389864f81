package org.servewell.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;
import org.servewell.content.ContentLimits;

/**
 * One trait of the service-trait model that scenarios exercise and interview kits rate.
 * Unlike courses, the model is not versioned: a trait is one shared definition, updated
 * in place when the content changes.
 */
@Entity
@Table(name = "service_trait")
public class ServiceTrait {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	/** The id from the content files, such as {@code respect}. */
	@Column(name = "code", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String code;

	/** Where the trait stands in the model's list. */
	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	@Column(name = "name", nullable = false, length = ContentLimits.MAX_TRAIT_NAME_LENGTH)
	private String name;

	@Column(name = "definition", nullable = false, length = ContentLimits.MAX_STATEMENT_LENGTH)
	private String definition;

	/** What a person rated 1 to 5 does, indexed by the rating. */
	@ElementCollection
	@CollectionTable(name = "service_trait_anchor", joinColumns = @JoinColumn(name = "trait_id"))
	@OrderColumn(name = "rating")
	@ListIndexBase(1)
	@Column(name = "behaviour", nullable = false, length = ContentLimits.MAX_STATEMENT_LENGTH)
	private List<String> anchors = new ArrayList<>();

	/** The essays the trait is drawn from, by file name. */
	@ElementCollection
	@CollectionTable(name = "service_trait_source", joinColumns = @JoinColumn(name = "trait_id"))
	@OrderColumn(name = "source_number")
	@Column(name = "essay", nullable = false, length = ContentLimits.MAX_ESSAY_NAME_LENGTH)
	private List<String> sources = new ArrayList<>();

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ServiceTrait() {
	}

	public ServiceTrait(String code) {
		this.code = code;
	}

	/**
	 * Takes the definition from the content.
	 * @return whether anything changed
	 */
	public boolean define(int displayOrder, String name, String definition, List<String> anchors,
			List<String> sources) {
		if (this.updatedAt != null && this.displayOrder == displayOrder && this.name.equals(name)
				&& this.definition.equals(definition) && this.anchors.equals(anchors) && this.sources.equals(sources)) {
			return false;
		}
		this.displayOrder = displayOrder;
		this.name = name;
		this.definition = definition;
		this.anchors.clear();
		this.anchors.addAll(anchors);
		this.sources.clear();
		this.sources.addAll(sources);
		this.updatedAt = Instant.now();
		return true;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public String getName() {
		return this.name;
	}

	public String getDefinition() {
		return this.definition;
	}

	public List<String> getAnchors() {
		return List.copyOf(this.anchors);
	}

	public List<String> getSources() {
		return List.copyOf(this.sources);
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
