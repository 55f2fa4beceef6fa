-- Which agents have a console connected, per node, refreshed by a heartbeat: every node counts the agents
-- connected to any node, and a node that dies stops counting when its rows are no longer refreshed.
CREATE TABLE agent_presence (
    node_id     VARCHAR(64)  NOT NULL,
    username    VARCHAR(100) NOT NULL,
    connections INTEGER      NOT NULL,
    last_seen   BIGINT       NOT NULL,
    PRIMARY KEY (node_id, username)
);
