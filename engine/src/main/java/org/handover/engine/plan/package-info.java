/**
 * The planner: each region's transition month and the foreign posture by role, nation, region and
 * month, chosen by a solver under stated constraints, and plans as versioned objects that both
 * parties sign.
 */
package org.handover.engine.plan;
