/* The apply wizard's page side: the signature through NCALayer, the size check before an upload, the fee payment. */
var ElicenseApply = (function () {
    'use strict';

    function status(text, failed) {
        var element = document.getElementById('signStatus');
        element.textContent = text;
        element.className = 'sign-status' + (failed ? ' failed' : '');
    }

    return {
        /**
         * Has NCALayer sign the exact form bytes the server will verify, then submits the detached CMS: the
         * applicant's in the wizard's form, the officer's certification in the counter's (formId 'counter').
         */
        sign: function (formId) {
            var form = formId || 'apply';
            var texts = document.getElementById('signing').dataset;
            var button = document.getElementById('sign');
            button.disabled = true;
            status(texts.connecting, false);
            NcaLayer.createCAdESFromBase64(texts.form, false).then(function (cms) {
                status(texts.submitting, false);
                document.getElementById(form + ':signature').value = cms;
                document.getElementById(form + ':submitSigned').click();
            }, function (error) {
                button.disabled = false;
                if (error.reason === 'unreachable') {
                    status(texts.notRunning, true);
                } else if (error.reason === 'canceled') {
                    status(texts.canceled, true);
                } else {
                    status(texts.failed + ' ' + error.message, true);
                }
            });
        },

        /** Tells at once that a chosen file is above the limit, before it is sent (the server checks it too). */
        checkSize: function (input) {
            var table = document.getElementById('checklist');
            var limit = Number(table.dataset.maxBytes);
            if (input.files.length > 0 && input.files[0].size > limit) {
                alert(table.dataset.tooLarge);
                input.value = '';
            }
        },

        /** Pays at the payment gateway's page, as the payer would; its callback then confirms the fee. */
        pay: function (button) {
            var said = document.getElementById('payStatus');
            button.disabled = true;
            fetch(button.dataset.paymentUrl + '/payment', {method: 'POST', mode: 'no-cors'}).then(function () {
                said.textContent = button.dataset.sent;
            }, function () {
                button.disabled = false;
                said.textContent = button.dataset.failed;
            });
        }
    };
}());
