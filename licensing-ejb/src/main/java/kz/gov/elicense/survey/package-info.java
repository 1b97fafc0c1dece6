/**
 * The quality and accessibility survey after a service (annex 3 of MVD order No. 718): "Are you satisfied with the
 * quality of the process and the result?" and "…with the quality of the information about the procedure?", each
 * not satisfied, partly satisfied or satisfied; one per application, summarised per procedure.
 */
package kz.gov.elicense.survey;
