# language: fr
Fonctionnalité: Une approche centrée sur les victimes (paragraphe 5, avec l'alinéa 11 du préambule)
  Résolution 11/5, paragraphe 5 du dispositif (texte authentique) :
  « Encourage les États parties à mettre au point des initiatives de prévention centrées sur les
  victimes ainsi que des activités visant à les aider, à les protéger, à promouvoir leur
  participation et à leur donner des moyens d'action en tenant compte des traumatismes subis, ou
  renforcent celles qui existent, afin de contribuer à l'inclusion sociale à long terme des
  victimes de façon, notamment, à éviter qu'elles ne soient à nouveau recrutées ; »
  L'obligation ne lit aucune question : elle lit trois constats, chacun tranché par ses propres
  réponses : la non-sanction (alinéa 11 du préambule : NP-1 à NP-4), l'assistance (article 6,
  paragraphe 3, du Protocole : AS-1 à AS-3) et la vie privée (article 6, paragraphe 1, du
  Protocole : PV-1 à PV-3). Respectée si les trois sont assurées ; non respectée si aucune ne
  l'est ; partiellement respectée si l'une ne l'est qu'en partie, ou si certaines le sont et
  d'autres non ; informations insuffisantes si ce qui est connu concorde et que le reste n'a pas
  pu être tranché. Elle repose sur la seule résolution (« encourages ») : son poids ne dépend pas
  de la qualité de partie de l'État.
  Couvre : paragraphe 5 (approche centrée sur les victimes), lu avec l'alinéa 11 du préambule.

  Contexte:
    Étant donné un État qui répond
      | question | réponse   |
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

  Scénario: Des victimes non sanctionnées, aidées et protégées dans leur vie privée : une approche centrée sur les victimes (OP 5)
    Alors l'obligation « res-11-5/pp-11/non-punishment » est « respectée »
    Et l'obligation « tip-protocol/art-06-3/assistance » est « respectée »
    Et l'obligation « tip-protocol/art-06-1/privacy » est « respectée »
    Et l'obligation « res-11-5/op-05/victim-centred-approach » est « respectée »
    Et sa force juridique est « encourages »
    Et sa priorité est « aucune »

  Scénario: Ni non-sanction, ni assistance, ni protection de la vie privée : aucune approche centrée sur les victimes (OP 5)
    Quand il répond « none » à NP-1
    Et il répond « no » à AS-1
    Et il répond « no » à AS-2
    Et il répond « no » à PV-1
    Et il répond « no » à PV-2
    Alors l'obligation « res-11-5/op-05/victim-centred-approach » est « non respectée »
    Et sa priorité est « moyenne »

  Scénario: Des victimes encore sanctionnées en pratique : approche partiellement respectée (OP 5, PP 11)
    Quand il répond « no » à NP-3
    Alors l'obligation « res-11-5/pp-11/non-punishment » est « partiellement respectée »
    Et l'obligation « res-11-5/op-05/victim-centred-approach » est « partiellement respectée »
    Et sa priorité est « faible »

  Scénario: Une assistance qui n'atteint pas chaque victime : approche partiellement respectée (OP 5, art. 6(3))
    Quand il répond « no » à AS-3
    Alors l'obligation « tip-protocol/art-06-3/assistance » est « partiellement respectée »
    Et l'obligation « res-11-5/op-05/victim-centred-approach » est « partiellement respectée »

  Scénario: Aucune protection de la vie privée alors que le reste est en place : approche partiellement respectée (OP 5, art. 6(1))
    Quand il répond « no » à PV-1
    Et il répond « no » à PV-2
    Alors l'obligation « tip-protocol/art-06-1/privacy » est « non respectée »
    Et l'obligation « res-11-5/op-05/victim-centred-approach » est « partiellement respectée »

  Scénario: Sans réponse sur la non-sanction, l'approche reste indécise (OP 5, PP 11)
    Quand il laisse NP-1 sans réponse
    Alors l'obligation « res-11-5/op-05/victim-centred-approach » est « informations insuffisantes »

  Scénario: Une non-sanction indécise n'empêche pas de constater une lacune connue (OP 5)
    Quand il répond « unknown » à NP-1
    Et il répond « no » à AS-1
    Et il répond « no » à AS-2
    Alors l'obligation « res-11-5/op-05/victim-centred-approach » est « partiellement respectée »
