/**
 * State registry checks served over the e-government gateway, and the contract the licensing procedures use
 * to reach them. The JMS messages below are the whole contract: this module does not depend on the domain
 * module, nor the domain on this one (they share only the database, for the ledger below).
 *
 * <h2>Queues</h2>
 * Declared by this module ({@code @JMSDestinationDefinition} on
 * {@link kz.gov.elicense.registry.boundary.RegistryRequestConsumer}); senders only look them up.
 * <table>
 *   <caption>Destinations</caption>
 *   <tr><th>Role</th><th>JNDI name</th><th>Destination name</th></tr>
 *   <tr><td>requests</td><td>{@code java:global/jms/licensing/RegistryRequests}</td><td>{@code LicensingRegistryRequests}</td></tr>
 *   <tr><td>replies</td><td>{@code java:global/jms/licensing/RegistryReplies}</td><td>{@code LicensingRegistryReplies}</td></tr>
 * </table>
 * Both are durable {@code jakarta.jms.Queue}s.
 *
 * <h2>Request</h2>
 * A persistent {@code TextMessage} on the request queue:
 * <ul>
 *   <li>body: {@code {"check":"<CHECK>","subject":"<12 digits>","procedure":"SECURITY_ACTIVITY_ISSUE"}};
 *       {@code procedure} is optional and only {@code FEE_PAYMENT} uses it;</li>
 *   <li>{@code JMSCorrelationID}: the request id chosen by the sender (a UUID string);</li>
 *   <li>String property {@code check}: the same value as in the body.</li>
 * </ul>
 * The body is authoritative; the {@code check} property is read by selectors and monitoring only.
 * {@code JMSReplyTo} is not used: replies always go to the reply queue.
 *
 * <h2>Reply</h2>
 * A persistent {@code TextMessage} on the reply queue, sent in the JTA transaction that consumed the request:
 * <ul>
 *   <li>body: {@code {"check":"...","subject":"...","outcome":"<OUTCOME>","summary":"<one English sentence
 *       for the officer>","data":{...}}}, {@code data} holding string values only, possibly empty;</li>
 *   <li>{@code JMSCorrelationID}: the request's correlation id (its {@code JMSMessageID} if it had none);</li>
 *   <li>String property {@code check}: as in the body.</li>
 * </ul>
 *
 * <h2>Checks and outcomes</h2>
 * <table>
 *   <caption>Checks</caption>
 *   <tr><th>check</th><th>subject</th><th>registry</th><th>outcomes</th><th>data on the first outcome</th></tr>
 *   <tr><td>{@code LEGAL_ENTITY}</td><td>BIN</td><td>state database of legal entities (ГБД ЮЛ)</td>
 *       <td>FOUND, NOT_FOUND</td>
 *       <td>name, registrationDate (ISO date), legalAddress, headIin, headName, status (ACTIVE or LIQUIDATED)</td></tr>
 *   <tr><td>{@code INDIVIDUAL}</td><td>IIN</td><td>state database of individuals (ГБД ФЛ)</td>
 *       <td>FOUND, NOT_FOUND</td><td>fullName, birthDate (ISO date)</td></tr>
 *   <tr><td>{@code CRIMINAL_RECORD}</td><td>IIN</td><td>special accounts: criminal record and criminal liability</td>
 *       <td>HIT, CLEAR</td>
 *       <td>kind (UNEXPUNGED_CONVICTION or PENDING_PROCEEDINGS), article, recordedOn, authority; the summary says
 *       which</td></tr>
 *   <tr><td>{@code ADMINISTRATIVE_LIABILITY}</td><td>IIN or BIN</td><td>administrative offences</td>
 *       <td>HIT, CLEAR</td><td>article, decidedOn, authority, penalty</td></tr>
 *   <tr><td>{@code FEE_PAYMENT}</td><td>BIN or IIN (+ procedure)</td><td>payment gateway</td>
 *       <td>PAID, UNPAID</td><td>amount (whole KZT), currency (KZT), paidAt (ISO date-time with offset), receiptNo,
 *       procedure</td></tr>
 *   <tr><td>{@code SPECIAL_ACCOUNTS}</td><td>BIN</td><td>formal request to the Prosecutor General's Committee on
 *       Legal Statistics and Special Accounts</td><td>HIT, CLEAR</td><td>finding, registeredOn</td></tr>
 *   <tr><td>{@code DISMISSED_PERSONS}</td><td>IIN</td><td>register of persons dismissed from guard or head
 *       positions of private security organisations for negative reasons</td><td>HIT, CLEAR</td>
 *       <td>organisation, position, dismissalDate, reason</td></tr>
 * </table>
 * NOT_FOUND, CLEAR and UNPAID replies carry empty {@code data}. A FEE_PAYMENT without {@code procedure} is
 * PAID by a payment for any procedure.
 *
 * <h2>Late answers</h2>
 * The committee answers a formal request days later in reality. The simulator imitates that for organisations
 * so seeded by sending the reply with a JMS delivery delay of
 * {@code licensing.simulator.special-accounts.delay-seconds} seconds (system property, default 20). Requesters
 * must therefore not treat a missing reply as a failure within that time.
 *
 * <h2>Errors</h2>
 * An unknown check, a body that is not a JSON object, a missing check or subject, a subject that is not 12
 * digits or a message that is not a {@code TextMessage} is a permanent error: it is answered once with outcome
 * {@code ERROR}, a summary saying why and empty {@code data}, echoing {@code check} and {@code subject} as far as
 * they could be read (empty strings otherwise). It is never silently dropped and never redelivered. Any other
 * failure rolls back the transaction and the server's redelivery settings apply.
 *
 * <h2>Unavailable registries</h2>
 * A registry that gives no answer (its circuit breaker is open, or every retried call timed out, was refused or
 * answered 5xx) is not an error of the request. The request goes back on the request queue with a delivery delay
 * ({@code licensing.registry.ask-again.*}) and an int property {@code round}, and a persistent {@code TextMessage}
 * goes to the notice queue {@code java:global/jms/licensing/RegistryNotices}, with the request's
 * {@code JMSCorrelationID} and body {@code {"registry":"individuals","reason":"...","round":1,"askAgainAt":"<ISO
 * instant>"}}; both in the transaction that consumed the request. The reply comes once the registry answers.
 *
 * <h2>Once per request</h2>
 * A request is answered once per correlation id: a copy delivered again (a redelivery, a re-drive from the
 * dead-letter queue, a sender's retry) sends no second reply, by the ledger of answered requests kept in the
 * licensing database ({@code gateway_answered_request}), claimed in the transaction that sends the reply (a request
 * put back for an unavailable registry has claimed nothing, so it is answered when the registry returns).
 * Requesters should still treat a second reply to one correlation id as a repeat and keep the first.
 *
 * <h2>The registries over HTTP</h2>
 * The router talks to ports ({@code LegalEntityRegistry}, {@code IndividualRegistry}, {@code SpecialAccounts},
 * {@code DismissedPersonsRegister}, {@code PaymentGateway}) that take and return plain values. The deployed
 * adapters ({@code Http…}) call {@code GET <registry url>/<BIN or IIN>} and read a {@code 200} body in the seed
 * files' JSON form ({@code 404}: nothing on record); the simulators licensing-web serves under {@code /registries}
 * answer so, and a real connector that does needs only its address in {@code licensing.registry.<registry>.url}.
 * The {@code Simulated…} classes hold the seeds in memory for plain unit tests.
 */
package kz.gov.elicense.registry;
