"""policybot: answers school staff's questions with quoted clauses of their own policies."""

__version__ = "0.1.0"
