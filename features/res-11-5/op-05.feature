Feature: A victim-centred approach (OP 5, with PP 11)
  Resolution 11/5, operative paragraph 5 (unofficial translation of the authentic French):
  "Encourages States parties to develop, or strengthen existing, victim-centred prevention
  initiatives and activities to assist, protect, promote the participation of and empower
  victims, taking into account the trauma they have suffered, so as to contribute to the
  long-term social inclusion of victims, including by preventing their re-recruitment;"
  PP 11 names what a victim-centred approach ensures: victims "treated with respect and dignity
  and [...] not inappropriately sanctioned or penalized". The obligation reads no question of its
  own: it reads three findings, each decided by its own answers and specs:
  non-punishment (PP 11: NP-1 to NP-4), assistance (Protocol art. 6(3): AS-1 to AS-3) and
  privacy (Protocol art. 6(1): PV-1 to PV-3).
  Met when all three are ensured; not met when none is; partly met when one is only partly
  ensured, or when some are ensured and others missing; undecided when what is known agrees and
  the rest could not be decided. It rests on the resolution alone ("encourages"), so its weight
  does not change with the State's party status.
  Covers: OP 5 (victim-centred approach), read with PP 11.

  Background:
    Given a State that answers
      | question | answer    |
      | FW-1     | party     |
      | NP-1     | statutory |
      | NP-2     | yes       |
      | NP-3     | yes       |
      | NP-4     | yes       |
      | AS-1     | yes       |
      | AS-2     | yes       |
      | AS-3     | yes       |
      | PV-1     | yes       |
      | PV-2     | yes       |
      | PV-3     | yes       |

  Scenario: Victims spared punishment, assisted and protected in their privacy: a victim-centred approach (OP 5)
    Then the obligation "res-11-5/pp-11/non-punishment" is "met"
    And the obligation "tip-protocol/art-06-3/assistance" is "met"
    And the obligation "tip-protocol/art-06-1/privacy" is "met"
    And the obligation "res-11-5/op-05/victim-centred-approach" is "met"
    And its legal force is "encourages"
    And its priority is "none"

  Scenario: Victims not spared punishment, not assisted and not protected: no victim-centred approach (OP 5)
    When it answers "none" to NP-1
    And it answers "no" to AS-1
    And it answers "no" to AS-2
    And it answers "no" to PV-1
    And it answers "no" to PV-2
    Then the obligation "res-11-5/op-05/victim-centred-approach" is "not_met"
    And its legal force is "encourages"
    And its priority is "medium"

  Scenario: Victims still penalised in practice make the approach partly met (OP 5, PP 11)
    When it answers "no" to NP-3
    Then the obligation "res-11-5/pp-11/non-punishment" is "partially_met"
    And the obligation "res-11-5/op-05/victim-centred-approach" is "partially_met"
    And its priority is "low"

  Scenario: Assistance that does not reach every victim makes the approach partly met (OP 5, art. 6(3))
    When it answers "no" to AS-3
    Then the obligation "tip-protocol/art-06-3/assistance" is "partially_met"
    And the obligation "res-11-5/op-05/victim-centred-approach" is "partially_met"

  Scenario: Identities disclosed in practice make the approach partly met (OP 5, art. 6(1))
    When it answers "no" to PV-3
    Then the obligation "tip-protocol/art-06-1/privacy" is "partially_met"
    And the obligation "res-11-5/op-05/victim-centred-approach" is "partially_met"

  Scenario: No assistance at all while the rest is in place is a gap in the approach, partly met (OP 5, art. 6(3))
    When it answers "no" to AS-1
    And it answers "no" to AS-2
    Then the obligation "tip-protocol/art-06-3/assistance" is "not_met"
    And the obligation "res-11-5/op-05/victim-centred-approach" is "partially_met"

  Scenario: An undecided non-punishment finding leaves the approach undecided (OP 5, PP 11)
    When it leaves NP-1 unanswered
    Then the obligation "res-11-5/pp-11/non-punishment" is "insufficient_information"
    And the obligation "res-11-5/op-05/victim-centred-approach" is "insufficient_information"

  Scenario: For a State not party to the Protocol the approach keeps the weight of the resolution (OP 5)
    When it answers "not_party" to FW-1
    And it answers "none" to NP-1
    And it answers "no" to AS-1
    And it answers "no" to AS-2
    And it answers "no" to PV-1
    And it answers "no" to PV-2
    Then the obligation "tip-protocol/art-06-3/assistance" is "not_met"
    And its priority is "low"
    And the obligation "res-11-5/op-05/victim-centred-approach" is "not_met"
    And its priority is "medium"

  # Each row below sets the answers that decide the three findings:
  #   non-punishment by NP-1: statutory = met, guidance = partially_met, none = not_met,
  #     unknown = insufficient_information (NP-2 to NP-4 stay "yes");
  #   assistance by AS-1 and AS-2, privacy by PV-1 and PV-2: yes + yes = met,
  #     partially + yes = partially_met, no + no = not_met, unknown + yes =
  #     insufficient_information (AS-3 and PV-3 stay "yes").
  # Every row of the decision table of OP 5 is reached at least once.

  Scenario Outline: The approach follows from the three findings it reads (OP 5)
    When it answers "<NP-1>" to NP-1
    And it answers "<AS-1>" to AS-1
    And it answers "<AS-2>" to AS-2
    And it answers "<PV-1>" to PV-1
    And it answers "<PV-2>" to PV-2
    Then the obligation "res-11-5/pp-11/non-punishment" is "<non-punishment>"
    And the obligation "tip-protocol/art-06-3/assistance" is "<assistance>"
    And the obligation "tip-protocol/art-06-1/privacy" is "<privacy>"
    And the obligation "res-11-5/op-05/victim-centred-approach" is "<victim-centred>"

    Examples: One finding only partly met makes the approach partly met
      | NP-1      | AS-1      | AS-2 | PV-1      | PV-2 | non-punishment           | assistance               | privacy                  | victim-centred |
      | guidance  | yes       | yes  | yes       | yes  | partially_met            | met                      | met                      | partially_met  |
      | guidance  | no        | no   | no        | no   | partially_met            | not_met                  | not_met                  | partially_met  |
      | statutory | partially | yes  | no        | no   | met                      | partially_met            | not_met                  | partially_met  |
      | none      | partially | yes  | yes       | yes  | not_met                  | partially_met            | met                      | partially_met  |
      | statutory | yes       | yes  | partially | yes  | met                      | met                      | partially_met            | partially_met  |
      | none      | no        | no   | partially | yes  | not_met                  | not_met                  | partially_met            | partially_met  |

    Examples: All three ensured, or none of them
      | NP-1      | AS-1 | AS-2 | PV-1 | PV-2 | non-punishment | assistance | privacy | victim-centred |
      | statutory | yes  | yes  | yes  | yes  | met            | met        | met     | met            |
      | none      | no   | no   | no   | no   | not_met        | not_met    | not_met | not_met        |

    Examples: Some ensured and others missing make the approach partly met, whatever else is undecided
      | NP-1      | AS-1    | AS-2 | PV-1    | PV-2 | non-punishment           | assistance               | privacy                  | victim-centred |
      | statutory | no      | no   | yes     | yes  | met                      | not_met                  | met                      | partially_met  |
      | statutory | no      | no   | no      | no   | met                      | not_met                  | not_met                  | partially_met  |
      | statutory | no      | no   | unknown | yes  | met                      | not_met                  | insufficient_information | partially_met  |
      | none      | yes     | yes  | yes     | yes  | not_met                  | met                      | met                      | partially_met  |
      | none      | yes     | yes  | unknown | yes  | not_met                  | met                      | insufficient_information | partially_met  |
      | statutory | yes     | yes  | no      | no   | met                      | met                      | not_met                  | partially_met  |
      | statutory | unknown | yes  | no      | no   | met                      | insufficient_information | not_met                  | partially_met  |
      | none      | no      | no   | yes     | yes  | not_met                  | not_met                  | met                      | partially_met  |
      | none      | unknown | yes  | yes     | yes  | not_met                  | insufficient_information | met                      | partially_met  |
      | unknown   | yes     | yes  | no      | no   | insufficient_information | met                      | not_met                  | partially_met  |
      | unknown   | no      | no   | yes     | yes  | insufficient_information | not_met                  | met                      | partially_met  |

    Examples: What is known agrees and the rest is undecided: the approach cannot be told
      | NP-1      | AS-1    | AS-2 | PV-1    | PV-2 | non-punishment           | assistance               | privacy                  | victim-centred           |
      | unknown   | yes     | yes  | yes     | yes  | insufficient_information | met                      | met                      | insufficient_information |
      | unknown   | unknown | yes  | unknown | yes  | insufficient_information | insufficient_information | insufficient_information | insufficient_information |
      | unknown   | no      | no   | no      | no   | insufficient_information | not_met                  | not_met                  | insufficient_information |
      | unknown   | no      | no   | unknown | yes  | insufficient_information | not_met                  | insufficient_information | insufficient_information |
      | unknown   | unknown | yes  | no      | no   | insufficient_information | insufficient_information | not_met                  | insufficient_information |
      | statutory | unknown | yes  | yes     | yes  | met                      | insufficient_information | met                      | insufficient_information |
      | statutory | unknown | yes  | unknown | yes  | met                      | insufficient_information | insufficient_information | insufficient_information |
      | statutory | yes     | yes  | unknown | yes  | met                      | met                      | insufficient_information | insufficient_information |
      | none      | unknown | yes  | no      | no   | not_met                  | insufficient_information | not_met                  | insufficient_information |
      | none      | unknown | yes  | unknown | yes  | not_met                  | insufficient_information | insufficient_information | insufficient_information |
      | none      | no      | no   | unknown | yes  | not_met                  | not_met                  | insufficient_information | insufficient_information |
