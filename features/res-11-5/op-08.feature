Feature: Corruption related to trafficking (OP 8, with art. 8 of the Convention)
  Resolution 11/5, operative paragraph 8 (unofficial translation of the authentic French):
  "Calls upon States parties to conduct effective criminal investigations into corruption
  related to trafficking in persons and, as appropriate, to institute prosecutions, bearing in
  mind the obligations of States parties set out in article 8 of the Convention;"
  United Nations Convention against Transnational Organized Crime, article 8(1):
  "Each State Party shall adopt such legislative and other measures as may be necessary to
  establish as criminal offences, when committed intentionally: (a) The promise, offering or
  giving to a public official, directly or indirectly, of an undue advantage [...]; (b) The
  solicitation or acceptance by a public official, directly or indirectly, of an undue
  advantage [...]"
  Art. 8(3) adds complicity ("shall"), art. 8(4) defines "public official", and art. 8(2) asks
  States parties to consider foreign officials and other forms of corruption ("shall consider").
  Covers: art. 8(1)-(4) (the offences), OP 8 (investigations, specialised units, data).

  Background:
    Given a State that answers
      | question | answer           |
      | CP-1     | both             |
      | CP-2     | yes              |
      | CP-3     | yes              |
      | CP-4     | both             |
      | CP-5     | yes              |
      | CP-6     | yes              |
      | CP-7     | conviction       |
      | CP-8     | specialised_body |
      | CP-9     | yes              |
      | CP-10    | yes              |
      | CP-11    | yes              |
      | CP-12    | yes              |
      | CP-13    | yes              |

  Scenario: The bribery offences, with complicity and full reach, are in place (art. 8(1))
    Then the obligation "untoc/art-08-1/bribery-offences" is "met"
    And the obligation "untoc/art-08-2/foreign-officials-and-other-forms" is "met"
    And the obligation "res-11-5/op-08/investigate-corruption" is "met"
    And the obligation "res-11-5/op-08/specialised-units" is "met"
    And the obligation "res-11-5/op-08/corruption-data" is "met"

  Scenario: A law that does not make bribery an offence breaches a binding duty (art. 8(1))
    When it answers "none" to CP-1
    Then the obligation "untoc/art-08-1/bribery-offences" is "not_met"
    And its legal force is "shall"
    And its priority is "urgent"

  Scenario Outline: Each gap in the offences makes the obligation partly met (art. 8(1), 8(3), 8(4))
    When it answers "<answer>" to <question>
    Then the obligation "untoc/art-08-1/bribery-offences" is "partially_met"

    Examples:
      | question | answer       |
      | CP-1     | active_only  |
      | CP-1     | passive_only |
      | CP-2     | no           |
      | CP-2     | partially    |
      | CP-3     | partially    |
      | CP-3     | no           |

  Scenario: Not knowing whether accomplices are punished leaves the offences undecided (art. 8(3))
    When it answers "unknown" to CP-2
    Then the obligation "untoc/art-08-1/bribery-offences" is "insufficient_information"

  Scenario: A known gap in reach decides even where complicity is unknown (art. 8(4))
    When it answers "no" to CP-3
    And it leaves CP-2 unanswered
    Then the obligation "untoc/art-08-1/bribery-offences" is "partially_met"

  Scenario Outline: Foreign officials and other forms of corruption, a duty to consider (art. 8(2))
    When it answers "<answer>" to CP-4
    Then the obligation "untoc/art-08-2/foreign-officials-and-other-forms" is "<status>"
    And its legal force is "shall_consider"

    Examples:
      | answer           | status                   |
      | foreign_only     | partially_met            |
      | other_forms_only | partially_met            |
      | neither          | not_met                  |
      | unknown          | insufficient_information |

  Scenario: With no case of complicity in the period there is nothing to investigate (OP 8)
    When it answers "no" to CP-5
    And it leaves CP-6 unanswered
    And it leaves CP-7 unanswered
    Then the obligation "res-11-5/op-08/investigate-corruption" is "not_applicable"

  Scenario: Cases of complicity left uninvestigated are not met (OP 8)
    When it answers "no" to CP-6
    Then the obligation "res-11-5/op-08/investigate-corruption" is "not_met"
    And its legal force is "calls_upon"
    And its priority is "high"

  Scenario: Only some cases investigated is partly met (OP 8)
    When it answers "partially" to CP-6
    Then the obligation "res-11-5/op-08/investigate-corruption" is "partially_met"

  Scenario Outline: Whether investigations were effective is left to a reviewer when no one was convicted (OP 8)
    When it answers "<stage>" to CP-7
    Then the obligation "res-11-5/op-08/investigate-corruption" is "manual_review"

    Examples:
      | stage         |
      | prosecution   |
      | investigation |

  Scenario: Not knowing whether cases came to light leaves investigations undecided (OP 8)
    When it answers "unknown" to CP-5
    Then the obligation "res-11-5/op-08/investigate-corruption" is "insufficient_information"

  Scenario Outline: The authority that investigates officials' complicity (OP 8)
    When it answers "<answer>" to <question>
    Then the obligation "res-11-5/op-08/specialised-units" is "<status>"

    Examples:
      | question | answer     | status                   |
      | CP-8     | joint_unit | met                      |
      | CP-8     | general    | partially_met            |
      | CP-8     | none       | not_met                  |
      | CP-8     | unknown    | insufficient_information |
      | CP-9     | no         | partially_met            |
      | CP-9     | unknown    | insufficient_information |
      | CP-10    | partially  | partially_met            |

  Scenario Outline: Data on trafficking-related corruption cases (OP 8)
    When it answers "<answer>" to <question>
    Then the obligation "res-11-5/op-08/corruption-data" is "<status>"

    Examples:
      | question | answer    | status                   |
      | CP-11    | no        | not_met                  |
      | CP-11    | partially | partially_met            |
      | CP-11    | unknown   | insufficient_information |
      | CP-12    | no        | partially_met            |
      | CP-13    | no        | partially_met            |
      | CP-13    | unknown   | insufficient_information |
