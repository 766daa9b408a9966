package dev.signals.spring.checks;

/** A plain superclass of an entity: never a sender of model signals itself. */
public abstract class Content {

}
