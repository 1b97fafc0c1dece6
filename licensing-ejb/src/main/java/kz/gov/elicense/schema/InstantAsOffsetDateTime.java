package kz.gov.elicense.schema;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The entities' {@link Instant} attributes as the {@code timestamp with time zone} columns of the migrations, for a
 * JPA provider that knows no {@code Instant}: Jakarta Persistence 3.1 (EE 10) lists {@link OffsetDateTime} among its
 * basic types but not {@code Instant} (3.2 adds it). Hibernate, the provider in WildFly, maps {@code Instant}
 * natively, so this converter is not applied automatically; another provider's persistence unit turns it on with
 * {@code <converter class="kz.gov.elicense.schema.InstantAsOffsetDateTime" auto-apply="true"/>} in its mapping file,
 * as the EclipseLink unit of PortableMappingTest does. The instant is the same either way; only the Java type
 * handed to the driver differs.
 */
@Converter
public class InstantAsOffsetDateTime implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
