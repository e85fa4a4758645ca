# language: fr
Fonctionnalité: Adhésion au Protocole relatif à la traite des personnes (paragraphe 1)
  Résolution 11/5, paragraphe 1 du dispositif (texte authentique) :
  « Prie instamment les États Membres qui ne l'ont pas encore fait d'envisager à titre
  prioritaire d'adhérer au Protocole additionnel à la Convention des Nations Unies contre la
  criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des
  personnes, en particulier des femmes et des enfants ; »
  Le paragraphe 1 ne s'adresse qu'aux États qui ne sont pas encore parties : pour un État partie,
  il est sans objet. Son constat dit aussi si le Protocole lie l'État. Un État non partie (y
  compris un simple signataire) est tout de même examiné au regard des obligations du Protocole,
  comme des recommandations : même statut, priorité moindre. Lorsqu'on ne sait pas si l'État est
  partie, le Protocole est traité comme contraignant.
  Couvre : paragraphe 1 (adhésion) ; son effet sur le poids des obligations du Protocole.

  Contexte:
    Étant donné un État qui répond
      | question | réponse |
      | FW-1     | party   |
      | CR-1     | none    |
      | PV-1     | no      |
      | PV-2     | no      |

  Scénario: Un État déjà partie n'a pas à adhérer (OP 1)
    Alors l'obligation « res-11-5/op-01/accede » est « sans objet »
    Et sa priorité est « aucune »

  Scénario: Un État non partie au Protocole est prié instamment d'y adhérer (OP 1)
    Quand il répond « not_party » à FW-1
    Alors l'obligation « res-11-5/op-01/accede » est « non respectée »
    Et sa force juridique est « urges »
    Et sa priorité est « élevée »

  Scénario: Un État qui a signé sans ratifier n'est pas encore partie (OP 1)
    Quand il répond « signatory » à FW-1
    Alors l'obligation « res-11-5/op-01/accede » est « non respectée »

  Scénario: Sans savoir si l'État est partie, l'adhésion reste indécise (OP 1)
    Quand il laisse FW-1 sans réponse
    Alors l'obligation « res-11-5/op-01/accede » est « informations insuffisantes »
    Et sa priorité est « moyenne »

  # Le contexte laisse deux obligations du Protocole non respectées : l'article 5(1), qui lie
  # (« shall »), et l'article 6(1), que le Protocole laisse à l'appréciation des Parties
  # (« shall_consider »).

  Plan du scénario: Être partie ou non change le poids des obligations du Protocole, pas leur statut (OP 1, art. 5(1), art. 6(1))
    Quand il répond « <partie> » à FW-1
    Alors l'obligation « tip-protocol/art-05-1/criminalise-trafficking » est « non respectée »
    Et sa force juridique est « shall »
    Et sa priorité est « <shall> »
    Et l'obligation « tip-protocol/art-06-1/privacy » est « non respectée »
    Et sa force juridique est « shall_consider »
    Et sa priorité est « <shall_consider> »

    Exemples:
      | partie    | shall   | shall_consider |
      | party     | urgente | moyenne        |
      | not_party | élevée  | faible         |
      | signatory | élevée  | faible         |
      | unknown   | urgente | moyenne        |
