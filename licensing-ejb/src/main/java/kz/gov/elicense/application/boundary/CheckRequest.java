package kz.gov.elicense.application.boundary;

import kz.gov.elicense.checks.entity.CheckKind;

/** A question a check step sends to a state registry: what, about whom, and why (shown to the officer). */
public record CheckRequest(CheckKind kind, String subject, String purpose) {
}
