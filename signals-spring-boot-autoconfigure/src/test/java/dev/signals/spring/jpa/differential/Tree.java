package dev.signals.spring.jpa.differential;

import java.util.List;

/**
 * A node of a {@link Program}: the program, its units, their transactions and the steps of an
 * inner transaction have parts that {@link Shrinker} can drop; other steps are leaves.
 */
interface Tree {

	/** @return the parts of this node, none for a leaf */
	default List<? extends Tree> parts() {
		return List.of();
	}

	/**
	 * This node with other parts.
	 * @param parts a sublist of {@link #parts()}
	 * @return the changed node
	 */
	default Tree withParts(List<? extends Tree> parts) {
		return this;
	}

	/** @return simpler versions of this node, to try instead of it while shrinking */
	default List<Tree> simpler() {
		return List.of();
	}

}
