# core/repo: Repositories: the only owners of domain SQL, scoped in one place (scope.cpp), with typed change events and the
# database watcher.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aggregatesupport.cpp ${CMAKE_CURRENT_LIST_DIR}/aggregatesupport.h
    ${CMAKE_CURRENT_LIST_DIR}/arrestrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/arrestrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/assetrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/assetrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/caseinsight.cpp ${CMAKE_CURRENT_LIST_DIR}/caseinsight.h
    ${CMAKE_CURRENT_LIST_DIR}/caseassignments.cpp ${CMAKE_CURRENT_LIST_DIR}/caseassignments.h
    ${CMAKE_CURRENT_LIST_DIR}/caselinks.cpp ${CMAKE_CURRENT_LIST_DIR}/caselinks.h
    ${CMAKE_CURRENT_LIST_DIR}/caseroles.cpp ${CMAKE_CURRENT_LIST_DIR}/caseroles.h
    ${CMAKE_CURRENT_LIST_DIR}/caserepository.cpp ${CMAKE_CURRENT_LIST_DIR}/caserepository.h
    ${CMAKE_CURRENT_LIST_DIR}/caserepositorychecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/caserepository_p.h
    ${CMAKE_CURRENT_LIST_DIR}/changenotifier.cpp ${CMAKE_CURRENT_LIST_DIR}/changenotifier.h
    ${CMAKE_CURRENT_LIST_DIR}/courtrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/courtrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/databasewatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/databasewatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/deadlinequery.cpp ${CMAKE_CURRENT_LIST_DIR}/deadlinequery.h
    ${CMAKE_CURRENT_LIST_DIR}/documentrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/documentrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/eventrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/eventrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/globalsearch.cpp ${CMAKE_CURRENT_LIST_DIR}/globalsearch.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/incidentrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/linkrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/linkrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/officerrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/officerrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/organisationrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/organisationrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/orgunitrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/orgunitrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/paymentrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/paymentrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/personinsight.cpp ${CMAKE_CURRENT_LIST_DIR}/personinsight.h
    ${CMAKE_CURRENT_LIST_DIR}/personmerge.cpp ${CMAKE_CURRENT_LIST_DIR}/personmerge.h
    ${CMAKE_CURRENT_LIST_DIR}/personrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/personrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/recordremoval.cpp ${CMAKE_CURRENT_LIST_DIR}/recordremoval.h
    ${CMAKE_CURRENT_LIST_DIR}/recordtext.cpp ${CMAKE_CURRENT_LIST_DIR}/recordtext.h
    ${CMAKE_CURRENT_LIST_DIR}/audittext.cpp ${CMAKE_CURRENT_LIST_DIR}/audittext.h
    ${CMAKE_CURRENT_LIST_DIR}/recordupdate.h
    ${CMAKE_CURRENT_LIST_DIR}/redbookrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/redbookrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/referencerepository.cpp ${CMAKE_CURRENT_LIST_DIR}/referencerepository.h
    ${CMAKE_CURRENT_LIST_DIR}/repositorycontext.cpp ${CMAKE_CURRENT_LIST_DIR}/repositorycontext.h
    ${CMAKE_CURRENT_LIST_DIR}/routerepository.cpp ${CMAKE_CURRENT_LIST_DIR}/routerepository.h
    ${CMAKE_CURRENT_LIST_DIR}/scope.cpp ${CMAKE_CURRENT_LIST_DIR}/scope.h
    ${CMAKE_CURRENT_LIST_DIR}/scopecounts.cpp ${CMAKE_CURRENT_LIST_DIR}/scopecounts.h
    ${CMAKE_CURRENT_LIST_DIR}/trustedkeyrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/trustedkeyrepository.h
)
