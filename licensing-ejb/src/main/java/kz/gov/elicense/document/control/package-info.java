/**
 * Rendering and sealing: {@link kz.gov.elicense.document.control.LicencePdf} and
 * {@link kz.gov.elicense.document.control.RefusalPdf} set the result documents as PDF with PDFBox,
 * {@link kz.gov.elicense.document.boundary.LicenceSeals} signs and checks the text of a licence's QR code, and
 * {@link kz.gov.elicense.document.control.QrCode} encodes it with ZXing.
 * <p>
 * All of it is pure computation (no clock, no randomness except inside ECDSA signing, no AWT), so it runs
 * headless in the container and the PDFs can be rendered again byte for byte.
 */
package kz.gov.elicense.document.control;
