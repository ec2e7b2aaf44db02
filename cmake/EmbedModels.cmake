# Writes OUT: one C++ raw string per model file in FILES, as entries of
#   { "<file name>", R"..."( <yaml> )..." },
# included by provenance/BuiltinModels.cpp.
set(content "// Generated from rules/models/*.yaml by cmake/EmbedModels.cmake. Do not edit.\n")
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
