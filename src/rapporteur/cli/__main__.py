from rapporteur.cli.main import main

main()
