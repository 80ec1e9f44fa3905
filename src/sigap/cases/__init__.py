"""Crisis response (DESIGN §3, issue 5): cases from pra_krisis to selesai, TKK teams, tasks and escalation,
SCCT playbook, statements with a disclosure check, the clarification loop, evaluation reports and drills.

Plain functions over a session; every change writes a timeline event and an audit_log row (`timeline.record`).
"""
