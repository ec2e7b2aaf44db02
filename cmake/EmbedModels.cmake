# Writes OUT: one C++ raw string per file in FILES, as entries of
#   { "<file name>", R"..."( <text> )..." },
# included by provenance/BuiltinModels.cpp (the models) and by
# tool/aliaslint/Rules.cpp (the checks' pages, SOURCE=docs/checks/*.md).
if(NOT SOURCE)
  set(SOURCE "rules/models/*.yaml")
endif()
set(content "// Generated from ${SOURCE} by cmake/EmbedModels.cmake. Do not edit.\n")
string(REPLACE "|" ";" FILES "${FILES}")
foreach(f IN LISTS FILES)
  get_filename_component(name "${f}" NAME)
  file(READ "${f}" yaml)
  string(APPEND content "{\"${name}\", R\"aliaslint_model(${yaml})aliaslint_model\"},\n")
endforeach()
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT "${old}" STREQUAL "${content}")
  file(WRITE "${OUT}" "${content}")
endif()
