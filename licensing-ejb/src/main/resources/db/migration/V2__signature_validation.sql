-- Signature validation results kept with the signed documents (CAdES-T / long-term validation):
-- the applicant's signature may be indeterminate (revocation unknown) and is then held for a retry;
-- every signed document keeps the validation material (chain, OCSP responses / CRLs, time stamp).

alter table application add column signature_status varchar(16) default 'VALID' not null;
alter table application add column signature_note varchar(1000);
alter table application add column signing_time timestamp with time zone;
alter table application add column signature_material bytea;
alter table application add column signature_checked_at timestamp with time zone;
create index application_signature_status_ix on application (signature_status);

alter table result_document add column validation_material bytea;
alter table result_document add column time_stamped_at timestamp with time zone;
