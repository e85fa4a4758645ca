# language: fr
Fonctionnalité: La coordination nationale pluridisciplinaire des autorités compétentes (paragraphe 12)
  Résolution 11/5, paragraphe 12 du dispositif (texte authentique) :
  « Invite les États à renforcer la coopération et la coordination pluridisciplinaires entre
  les autorités compétentes aux niveaux national, régional et international dans le cadre de
  la prévention de la traite des personnes et de la lutte contre ce phénomène ; »
  « Invite » est la force la plus faible de la résolution : sa force juridique est « invites »,
  et une lacune a une priorité faible. Le niveau national est vérifié ici ; les niveaux
  régional et international le sont sous les paragraphes 11 et 13.
  Une obligation, deux réponses : un organe ou mécanisme national, créé par une loi, un décret
  ou une politique, qui coordonne toutes les autorités concernées (IC-4), et une coordination
  effective en pratique (IC-5). Une lacune connue décide de l'issue même lorsqu'une autre
  réponse manque.
  Couvre : paragraphe 12 (coopération et coordination pluridisciplinaires au niveau national).

  Contexte:
    Étant donné un État qui répond
      | question | réponse |
      | IC-4     | yes     |
      | IC-5     | yes     |

  Scénario: Un organe national qui coordonne toutes les autorités et fonctionne en pratique : respectée (OP 12)
    Alors l'obligation « res-11-5/op-12/national-coordination » est « respectée »
    Et sa force juridique est « invites »
    Et sa priorité est « aucune »

  Scénario: Aucune coordination nationale, ni en droit ni en pratique : non respectée, avec la force d'une invitation (OP 12)
    Quand il répond « no » à IC-4
    Et il répond « no » à IC-5
    Alors l'obligation « res-11-5/op-12/national-coordination » est « non respectée »
    Et sa force juridique est « invites »
    Et sa priorité est « faible »

  Plan du scénario: L'organe de coordination et la coordination en pratique, réponse par réponse (OP 12)
    Quand il répond « <organe> » à IC-4
    Et il répond « <pratique> » à IC-5
    Alors l'obligation « res-11-5/op-12/national-coordination » est « <statut> »

    Exemples:
      | organe    | pratique  | statut                     |
      | no        | yes       | partiellement respectée    |
      | no        | partially | partiellement respectée    |
      | no        | unknown   | informations insuffisantes |
      | yes       | no        | partiellement respectée    |
      | partially | no        | partiellement respectée    |
      | unknown   | no        | informations insuffisantes |
      | partially | yes       | partiellement respectée    |
      | partially | unknown   | partiellement respectée    |
      | yes       | partially | partiellement respectée    |
      | unknown   | partially | partiellement respectée    |
      | yes       | unknown   | informations insuffisantes |
      | unknown   | yes       | informations insuffisantes |
      | unknown   | unknown   | informations insuffisantes |

  Scénario: Une coordination informelle, sans organe désigné (OP 12)
    Quand il répond « no » à IC-4
    Alors l'obligation « res-11-5/op-12/national-coordination » est « partiellement respectée »
    Et sa priorité est « faible »

  Scénario: Un organe de coordination qui ne fonctionne pas en pratique (OP 12)
    Quand il répond « no » à IC-5
    Alors l'obligation « res-11-5/op-12/national-coordination » est « partiellement respectée »

  Scénario: Sans réponse sur la coordination en pratique, l'issue reste indécise (OP 12)
    Quand il laisse IC-5 sans réponse
    Alors l'obligation « res-11-5/op-12/national-coordination » est « informations insuffisantes »
    Et sa priorité est « faible »

  Scénario: Sans réponse sur l'organe de coordination, l'issue reste indécise (OP 12)
    Quand il laisse IC-4 sans réponse
    Alors l'obligation « res-11-5/op-12/national-coordination » est « informations insuffisantes »
