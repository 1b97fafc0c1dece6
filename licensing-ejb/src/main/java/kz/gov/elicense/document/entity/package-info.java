/**
 * The values the result documents are made from: what a state licence and a motivated refusal print, and the
 * facts a licence's QR code seals. Plain records, validated on construction, with no rendering in them.
 */
package kz.gov.elicense.document.entity;
