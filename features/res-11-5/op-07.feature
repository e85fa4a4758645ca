Feature: Discouraging the demand that fosters trafficking (Protocol art. 9(5), OP 6, OP 7)
  Trafficking in Persons Protocol, article 9, paragraph 5:
  "States Parties shall adopt or strengthen legislative or other measures, such as educational,
  social or cultural measures, including through bilateral and multilateral cooperation, to
  discourage the demand that fosters all forms of exploitation of persons, especially women and
  children, that leads to trafficking."
  Resolution 11/5, operative paragraph 6 (unofficial translation of the authentic French):
  "Calls upon States parties to the Protocol to adopt or strengthen, in accordance with its
  article 9, legislative or other measures, such as educational, social or cultural measures,
  to discourage the demand that fosters all forms of exploitation of persons [...]"
  Resolution 11/5, operative paragraph 7 (unofficial translation of the authentic French):
  "Urges States parties to discourage [...] the demand that fosters trafficking in persons in
  global supply chains and in private- and public-sector procurement, and to counter [...] the
  risk of abuse and exploitation linked to recruitment [...]"
  The general duty binds ("shall"); criminalising the knowing use of a victim's services is one
  legislative measure among others, so it carries OP 6's force ("calls upon"); supply chains,
  procurement and recruitment carry OP 7's ("urges").
  Covers: art. 9(5) and OP 6 (legislative, educational, social and cultural measures;
  cooperation), OP 6 (knowing use of a victim's services), OP 7 (supply chains, public
  procurement, recruitment fees).

  Background:
    Given a State that answers
      | question | answer        |
      | FW-1     | party         |
      | DM-1     | all_forms     |
      | DM-2     | yes           |
      | DM-3     | yes           |
      | DM-4     | all_services  |
      | DM-5     | yes           |
      | DM-6     | mandatory     |
      | DM-7     | yes           |
      | DM-8     | due_diligence |
      | DM-9     | yes           |
      | DM-10    | prohibited    |
      | DM-11    | yes           |
      | DM-12    | yes           |

  Scenario: A State that discourages demand by every means meets every demand obligation (art. 9(5), OP 6, OP 7)
    Then the obligation "tip-protocol/art-09-5/discourage-demand" is "met"
    And the obligation "res-11-5/op-06/use-of-services" is "met"
    And the obligation "res-11-5/op-07/supply-chains" is "met"
    And the obligation "res-11-5/op-07/public-procurement" is "met"
    And the obligation "res-11-5/op-07/recruitment-fees" is "met"

  # --- art. 9(5) with OP 6: legislative, educational, social and cultural measures ---------------

  Scenario: No law, policy, measure or cooperation against demand is a binding duty not met (art. 9(5))
    When it answers "none" to DM-1
    And it answers "no" to DM-2
    And it answers "no" to DM-3
    Then the obligation "tip-protocol/art-09-5/discourage-demand" is "not_met"
    And its legal force is "shall"
    And its priority is "urgent"

  Scenario: For a State not party to the Protocol the same gap weighs as a recommendation (art. 9(5))
    When it answers "not_party" to FW-1
    And it answers "none" to DM-1
    And it answers "no" to DM-2
    And it answers "no" to DM-3
    Then the obligation "tip-protocol/art-09-5/discourage-demand" is "not_met"
    And its priority is "high"

  Scenario Outline: Each shortfall in the measures against demand makes the obligation partly met (art. 9(5))
    When it answers "<answer>" to <question>
    Then the obligation "tip-protocol/art-09-5/discourage-demand" is "partially_met"

    Examples:
      | question | answer     |
      | DM-1     | some_forms |
      | DM-1     | none       |
      | DM-2     | partially  |
      | DM-2     | no         |
      | DM-3     | partially  |
      | DM-3     | no         |

  Scenario: A missing answer on the law or policy against demand leaves the outcome undecided (art. 9(5))
    When it leaves DM-1 unanswered
    Then the obligation "tip-protocol/art-09-5/discourage-demand" is "insufficient_information"

  Scenario: A known shortfall in educational measures decides even where the law is unknown (art. 9(5))
    When it answers "unknown" to DM-1
    And it answers "partially" to DM-2
    Then the obligation "tip-protocol/art-09-5/discourage-demand" is "partially_met"

  # --- OP 6: knowing use of the services of a victim -----------------------------------------

  Scenario: No offence of knowingly using a victim's services is not met, with the force of a call (OP 6)
    When it answers "none" to DM-4
    Then the obligation "res-11-5/op-06/use-of-services" is "not_met"
    And its legal force is "calls_upon"
    And its priority is "high"

  Scenario Outline: The offence of knowingly using a victim's services, its scope and its use (OP 6)
    When it answers "<answer>" to <question>
    Then the obligation "res-11-5/op-06/use-of-services" is "<status>"

    Examples:
      | question | answer        | status                   |
      | DM-4     | some_services | partially_met            |
      | DM-4     | unknown       | insufficient_information |
      | DM-5     | partially     | partially_met            |
      | DM-5     | no            | partially_met            |
      | DM-5     | unknown       | insufficient_information |

  # --- OP 7: supply chains, public procurement, recruitment ----------------------------------

  Scenario: No duty or guidance on supply chains is not met, with the force of an urging (OP 7)
    When it answers "none" to DM-6
    Then the obligation "res-11-5/op-07/supply-chains" is "not_met"
    And its legal force is "urges"
    And its priority is "high"

  Scenario Outline: Due diligence in supply chains: a legal duty, enforced (OP 7)
    When it answers "<answer>" to <question>
    Then the obligation "res-11-5/op-07/supply-chains" is "<status>"

    Examples:
      | question | answer    | status                   |
      | DM-6     | voluntary | partially_met            |
      | DM-6     | reporting | partially_met            |
      | DM-6     | unknown   | insufficient_information |
      | DM-7     | partially | partially_met            |
      | DM-7     | no        | partially_met            |
      | DM-7     | unknown   | insufficient_information |

  Scenario Outline: Due diligence in public procurement: required of suppliers, and checked (OP 7)
    When it answers "<answer>" to <question>
    Then the obligation "res-11-5/op-07/public-procurement" is "<status>"

    Examples:
      | question | answer         | status                   |
      | DM-8     | none           | not_met                  |
      | DM-8     | exclusion_only | partially_met            |
      | DM-8     | unknown        | insufficient_information |
      | DM-9     | no             | partially_met            |
      | DM-9     | unknown        | insufficient_information |

  Scenario: Fees charged to workers and unlicensed recruiters is not met (OP 7)
    When it answers "not_regulated" to DM-10
    And it answers "no" to DM-11
    Then the obligation "res-11-5/op-07/recruitment-fees" is "not_met"

  Scenario Outline: Recruitment fees, licensing of recruiters, enforcement (OP 7)
    When it answers "<answer>" to <question>
    Then the obligation "res-11-5/op-07/recruitment-fees" is "<status>"

    Examples:
      | question | answer        | status                   |
      | DM-10    | not_regulated | partially_met            |
      | DM-10    | limited       | partially_met            |
      | DM-10    | unknown       | insufficient_information |
      | DM-11    | partially     | partially_met            |
      | DM-11    | no            | partially_met            |
      | DM-11    | unknown       | insufficient_information |
      | DM-12    | no            | partially_met            |
      | DM-12    | unknown       | insufficient_information |

  Scenario: A known gap in licensing decides even where the rule on fees is unknown (OP 7)
    When it answers "unknown" to DM-10
    And it answers "partially" to DM-11
    Then the obligation "res-11-5/op-07/recruitment-fees" is "partially_met"
