-- Why a signature is not (yet) confirmed can name several certificates and responders.
alter table application alter column signature_note set data type varchar(4000);
