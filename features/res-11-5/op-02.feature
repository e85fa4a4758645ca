Feature: The recommendations of the Working Group on Trafficking in Persons (OP 2)
  Resolution 11/5, operative paragraph 2 (unofficial translation of the authentic French):
  "Welcomes the meetings of the Working Group on Trafficking in Persons held in Vienna on 12 and
  13 October 2021 and on 29 and 30 June 2022, and the recommendations adopted at those meetings,
  and encourages States to make the best possible use of those recommendations;"
  The welcome is not operative; what the paragraph asks of States is to use the recommendations,
  and it "encourages" them to: that is the obligation's legal force. FW-2 asks whether law and
  practice were reviewed against the recommendations, FW-3 what came of the review. A partial
  review is a shortfall whatever its outcome; without a review, no outcome can make up for it.
  Covers: OP 2 (review against the 2021 and 2022 recommendations; follow-up).

  Background:
    Given a State that answers
      | question | answer |
      | FW-2     | yes    |
      | FW-3     | acted  |

  Scenario: A full review whose every gap was acted on is met (OP 2)
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "met"
    And its legal force is "encourages"
    And its priority is "none"

  Scenario: A full review that found nothing to change is met (OP 2)
    When it answers "none_needed" to FW-3
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "met"

  Scenario: No review at all is not met, with the force of an encouragement (OP 2)
    When it answers "no" to FW-2
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "not_met"
    And its legal force is "encourages"
    And its priority is "medium"

  Scenario: Without a review, an answer on its outcome changes nothing (OP 2)
    When it answers "no" to FW-2
    And it leaves FW-3 unanswered
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "not_met"

  Scenario Outline: A review that is only partial is partly met, whatever came of it (OP 2)
    When it answers "partially" to FW-2
    And it answers "<outcome>" to FW-3
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "partially_met"
    And its priority is "low"

    Examples:
      | outcome     |
      | acted       |
      | none_needed |
      | not_acted   |
      | unknown     |

  Scenario Outline: Gaps found and not all acted on make the obligation partly met (OP 2)
    When it answers "<outcome>" to FW-3
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "partially_met"

    Examples:
      | outcome   |
      | some      |
      | not_acted |

  Scenario: Not knowing whether a review took place leaves the outcome undecided (OP 2)
    When it answers "unknown" to FW-2
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "insufficient_information"

  Scenario: An unanswered question on the review leaves the outcome undecided (OP 2)
    When it leaves FW-2 unanswered
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "insufficient_information"

  Scenario: Not knowing what came of a full review leaves the outcome undecided (OP 2)
    When it answers "unknown" to FW-3
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "insufficient_information"
    And its priority is "low"

  Scenario: An unanswered outcome of a full review leaves it undecided too (OP 2)
    When it leaves FW-3 unanswered
    Then the obligation "res-11-5/op-02/working-group-recommendations" is "insufficient_information"
