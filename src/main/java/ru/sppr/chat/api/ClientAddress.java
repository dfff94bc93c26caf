package ru.sppr.chat.api;

import io.javalin.http.Context;
import java.util.Set;

/**
 * The address a request comes from: the peer's, unless the peer is one of the configured reverse proxies — then the
 * nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy. A client talking to the service
 * directly cannot pick its address by sending the header (Javalin's {@code ctx.ip()} believes it from anyone).
 */
final class ClientAddress {
    private final Set<String> trustedProxies;

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    String of(Context ctx) {
        String peer = unbracketed(ctx.req().getRemoteAddr());
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    private static String unbracketed(String address) {
        return address != null && address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
    }
}
