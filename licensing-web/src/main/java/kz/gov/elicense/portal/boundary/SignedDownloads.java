package kz.gov.elicense.portal.boundary;

import jakarta.ws.rs.core.Response;

/** The two answers of every signed result's download: the document shown inline, its detached CMS as a file. */
final class SignedDownloads {

    static final String CMS = "application/pkcs7-signature";

    private SignedDownloads() {
    }

    static Response document(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".pdf\"").build();
    }

    static Response signature(byte[] signature, String fileName) {
        return Response.ok(signature, CMS)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".p7s\"").build();
    }
}
