/**
 * Course versions with their answer keys (option ratings and feedback), for the learning
 * feature's services only. Views never see this interface: the web module's allowed
 * dependencies leave it out, and the module test fails when web code reaches it, so
 * answer keys cannot reach a learner's browser by accident.
 */
@org.springframework.modulith.NamedInterface("bank")
package org.servewell.catalog.bank;
