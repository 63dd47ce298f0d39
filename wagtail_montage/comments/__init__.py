from .pipeline import Outcome, Submission, Verdict, submit_comment

__all__ = ["Outcome", "Submission", "Verdict", "submit_comment"]
