/**
 * The scale-out job: the engine's own judgement (panel, indicators, assessment, recommendations)
 * run inside Apache Spark over the tables {@code handover export} writes, for theaters one machine
 * cannot hold. Spark SQL builds the region-month panel; each partition of regions receives its
 * regions and the neighbours it needs (a halo) by a join and runs the engine on them. Depends on
 * the engine and io (the panel's vocabulary, the benchmark set reader, the export's rows and
 * provenance); Spark is provided by the cluster.
 */
package org.handover.spark;
