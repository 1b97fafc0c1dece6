/**
 * The demo PKI's online services over HTTP (OCSP responder, CRL distribution point, RFC 3161 time-stamp
 * authority), served on loopback for the embedded default so that the real protocols run with no outside
 * world. Present only when {@code licensing.demo.enabled=true}; a production installation uses the national
 * certification centre's services and leaves this off.
 */
package kz.gov.elicense.demo;
