package com.storefront.signage.core.protocol;

/** A new player asks for a pairing code, saying what it believes it is. */
public record PairingRequest(DisplayClass displayClass, String playerVersion) {
}
