/**
 * The demo NCALayer: a stand-in for the signing program that Kazakh portals talk to on the applicant's computer.
 * It answers the NCALayer websocket protocol (module {@code kz.gov.pki.knca.commonUtils}) on 127.0.0.1:13579 and signs
 * with a demo applicant's key from the demo PKI, so the applicant's pages run the same code as against the real one.
 */
package kz.gov.elicense.ncalayer;
