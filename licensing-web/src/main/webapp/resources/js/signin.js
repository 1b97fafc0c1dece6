/*
 * Sign-in by certificate on the applicants' sign-in page: a fresh challenge from the server, signed in NCALayer, sent
 * back; a verified signature earns a one-time token, with which the page signs in at the container's
 * j_security_check as the password form does, so that the container makes the sign-in.
 */
var ElicenseSignIn = (function () {
    'use strict';

    function texts() {
        return document.getElementById('certificate').dataset;
    }

    function status(text, failed) {
        var element = document.getElementById('certificateStatus');
        element.textContent = text;
        element.className = 'sign-status' + (failed ? ' failed' : '');
    }

    function post(action, fields) {
        return fetch(texts().endpoint + '/' + action, {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'},
            body: new URLSearchParams(fields || {}).toString()
        }).then(function (response) {
            if (!response.ok) {
                throw {reason: 'server', message: 'HTTP ' + response.status};
            }
            return response.json();
        });
    }

    /** The server's verdict on a signed challenge: {outcome, user, token} */
    function prove(challenge, cms) {
        return post('signature', {challenge: challenge, cms: cms});
    }

    /** Signs in at j_security_check, as the password form would, with the token for the password. */
    function submit(user, token) {
        var form = document.createElement('form');
        form.method = 'post';
        form.action = document.getElementById('signin').action;
        [['j_username', user], ['j_password', token]].forEach(function (field) {
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = field[0];
            input.value = field[1];
            form.appendChild(input);
        });
        document.body.appendChild(form);
        form.submit();
    }

    var refusals = {
        expired: 'expired', reused: 'reused', invalid: 'invalid', revoked: 'revoked',
        indeterminate: 'indeterminate', noAccount: 'noAccount', locked: 'locked'
    };

    return {
        byCertificate: function () {
            var button = document.getElementById('signInByCertificate');
            button.disabled = true;
            status(texts().connecting, false);
            var challenge;
            post('challenge').then(function (issued) {
                challenge = issued.challenge;
                return NcaLayer.createCAdESFromBase64(issued.data, false);
            }).then(function (cms) {
                status(texts().verifying, false);
                return prove(challenge, cms);
            }).then(function (verdict) {
                if (verdict.outcome === 'signed') {
                    submit(verdict.user, verdict.token);
                    return;
                }
                button.disabled = false;
                status(texts()[refusals[verdict.outcome] || 'invalid'], true);
            }, function (error) {
                button.disabled = false;
                if (error && error.reason === 'unreachable') {
                    status(texts().notRunning, true);
                } else if (error && error.reason === 'canceled') {
                    status(texts().canceled, true);
                } else if (error && error.reason === 'failed') {
                    status(texts().failed + ' ' + error.message, true);
                } else {
                    status(texts().unavailable, true);
                }
            });
        },
        /** For the tests of a replay: the raw steps, each a promise. */
        challenge: function () {
            return post('challenge');
        },
        prove: prove,
        submit: submit
    };
}());
