-- Cluster-wide leases: scheduled work that must run on one node at a time takes its row first
-- (ClusterLease). A node that dies holding one only delays the work until lease_until passes.
CREATE TABLE platform_leases
(
  name        VARCHAR(100) PRIMARY KEY,
  holder      VARCHAR(200) NOT NULL,
  lease_until TIMESTAMPTZ  NOT NULL
);
