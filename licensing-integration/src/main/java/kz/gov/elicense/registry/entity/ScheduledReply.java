package kz.gov.elicense.registry.entity;

import java.time.Duration;
import java.util.Objects;

/**
 * A reply together with when it may reach the requester. Real registries such as the Committee on Legal
 * Statistics and Special Accounts answer days later; the simulator imitates that with a JMS delivery delay.
 * The delay is transport metadata, so it is kept out of the reply body.
 *
 * @param reply         what to send
 * @param deliveryDelay how long the reply is held back; {@link Duration#ZERO} for an immediate answer
 */
public record ScheduledReply(RegistryReply reply, Duration deliveryDelay) {

    public ScheduledReply {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(deliveryDelay, "deliveryDelay");
        if (deliveryDelay.isNegative()) {
            throw new IllegalArgumentException("a reply cannot be delivered in the past: " + deliveryDelay);
        }
    }

    public static ScheduledReply immediate(RegistryReply reply) {
        return new ScheduledReply(reply, Duration.ZERO);
    }
}
