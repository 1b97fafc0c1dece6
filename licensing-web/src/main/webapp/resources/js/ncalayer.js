/*
 * NCALayer, the signing program of Kazakhstan's NCA on the user's computer, spoken to as the e-government portals do:
 * a websocket on 127.0.0.1:13579 and the kz.gov.pki.knca.commonUtils module. NCALayer greets every new connection
 * with its version ({"result":{"version":…}}); answers are {"code":"200","responseObject":…} or
 * {"code":"500","message":…} ("action.canceled" when the user closes its dialog).
 */
var NcaLayer = (function () {
    'use strict';
    var address = 'ws://127.0.0.1:13579';

    /** Calls one method of commonUtils; resolves with responseObject, rejects with {reason, message}. */
    function call(method, args) {
        return new Promise(function (resolve, reject) {
            var socket;
            var opened = false;
            var settled = false;
            function settle(ok, value) {
                if (settled) {
                    return;
                }
                settled = true;
                try {
                    socket.close();
                } catch (ignored) {
                    // closing a socket that never opened
                }
                (ok ? resolve : reject)(value);
            }
            try {
                socket = new WebSocket(address);
            } catch (e) {
                reject({reason: 'unreachable', message: String(e)});
                return;
            }
            socket.onopen = function () {
                opened = true;
                socket.send(JSON.stringify({module: 'kz.gov.pki.knca.commonUtils', method: method, args: args}));
            };
            socket.onmessage = function (event) {
                var answer;
                try {
                    answer = JSON.parse(event.data);
                } catch (e) {
                    settle(false, {reason: 'failed', message: 'not JSON: ' + event.data});
                    return;
                }
                if (answer.result && answer.result.version) {
                    return; // the greeting
                }
                if (answer.code === '200') {
                    settle(true, answer.responseObject);
                } else {
                    settle(false, {reason: answer.message === 'action.canceled' ? 'canceled' : 'failed',
                        message: answer.message || ('code ' + answer.code)});
                }
            };
            socket.onerror = function () {
                if (!opened) {
                    settle(false, {reason: 'unreachable', message: address});
                }
            };
            socket.onclose = function () {
                settle(false, {reason: opened ? 'failed' : 'unreachable', message: 'closed'});
            };
        });
    }

    return {
        /** A CAdES signature of the Base64 data with a key file's signing key; detached unless attached is true. */
        createCAdESFromBase64: function (base64, attached) {
            return call('createCAdESFromBase64', ['PKCS12', 'SIGNATURE', base64, attached === true]);
        }
    };
}());
